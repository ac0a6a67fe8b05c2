#pragma once

#include "support/test_data.h"
#include "widgets/main_window.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace agglomap::test {

// A shown main window on the bundled Henan plan, with settings cleared, and a scratch folder.
class WindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        m_window = std::make_unique<widgets::MainWindow>(test::mapsDirectory());
        ASSERT_TRUE(m_window->openProvince(QStringLiteral("henan")).ok());
        m_window->resize(1400, 900);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    std::unique_ptr<widgets::MainWindow> m_window;
    QTemporaryDir m_dir;
};

} // namespace agglomap::test
