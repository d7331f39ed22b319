NAME x
ROWS
 N obj
 L c1
COLUMNS
 x obj 1 c1 abc
RHS
 rhs c1 4
ENDATA
