"""What every trained component shares: checkpoint files, best-weights keeping, REINFORCE."""
