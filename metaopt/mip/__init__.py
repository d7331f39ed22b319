"""Mixed-integer programs: instance, reader, checker, solution files, baseline engines."""
