this line is not python
print("second line runs")
import sys; print(sys._getframe().f_lineno)
