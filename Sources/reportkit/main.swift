import ReportKit
print("reportkit")
