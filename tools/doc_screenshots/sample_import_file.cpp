#include "sample_import_file.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>

namespace agglomap::docshots {

namespace {

constexpr geo::RegionCode kZhengzhou = 410100;
constexpr int kSampleRows = 4;

} // namespace

Result<QString> writeSampleImportFile(const model::Plan& plan, const QString& folder) {
    const std::vector<const model::District*> districts = plan.districtsIn(kZhengzhou);
    if (districts.size() < kSampleRows) {
        return Error{QStringLiteral("the plan has too few districts in Zhengzhou")};
    }
    QString csv = QStringLiteral("编号,名称,研发经费,供水现状,备注\r\n");
    for (int row = 0; row < kSampleRows; ++row) {
        const model::District& district = *districts[static_cast<std::size_t>(row)];
        csv += QStringLiteral("%1,%2,%3,%4,%5\r\n")
                   .arg(district.id.value)
                   .arg(district.nameZh)
                   .arg(1.5 + 0.75 * row, 0, 'f', 2)
                   .arg(60 + 10 * row)
                   .arg(QStringLiteral("2024年统计"));
    }
    csv += QStringLiteral("999,新建园区,0.80,,待核实\r\n");

    const QString path = QDir(folder).filePath(QStringLiteral("集聚区统计.csv"));
    QFile file(path);
    QStringEncoder gbk("GB18030");
    if (!gbk.isValid() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(gbk.encode(csv)) < 0) {
        return Error{QStringLiteral("cannot write %1").arg(path)};
    }
    return path;
}

} // namespace agglomap::docshots
