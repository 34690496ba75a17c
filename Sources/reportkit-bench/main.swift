import ReportKit
print("bench")
