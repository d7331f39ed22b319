NAME x
ROWS
 N obj
 L c1
COLUMNZ
 x obj 1 c1 1
ENDATA
