#pragma once

#include <QList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace agglomap::widgets {

class GuideHighlight;
class MainWindow;

// A short guide to the main actions, in a card over the bottom right of the map: a few steps,
// each a title and two sentences, with the part of the window it talks about outlined. It
// never blocks the window: the planner can try each step while reading it.
class FirstRunGuide : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(FirstRunGuide)

public:
    explicit FirstRunGuide(MainWindow& window);

    // Shows the first step.
    void start();
    void next();
    void back();
    // Closes the guide (Done, the close button, Esc) and says whether to show it at the next
    // start.
    void dismiss();

    [[nodiscard]] int stepCount() const;
    [[nodiscard]] int currentStep() const { return m_step; }
    [[nodiscard]] QString stepTitle() const;
    [[nodiscard]] QString stepText() const;
    [[nodiscard]] bool dontShowAgain() const;

signals:
    void dismissed(bool dontShowAgain);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Step {
        QString title;
        QString text;
        // The part of the window the step is about, in window coordinates; empty for none.
        std::function<QRect()> target;
    };

    [[nodiscard]] QList<Step> steps() const;
    [[nodiscard]] QRect widgetArea(const QWidget* widget) const;
    [[nodiscard]] QRect fileMenuArea() const;
    void retranslate();
    void showStep(int index);
    void place();
    void fitTextHeight(int cardWidth);

    MainWindow& m_window;
    QList<Step> m_steps;
    int m_step = 0;
    int m_textHeightWidth = 0; // the card width the text's height was fitted to
    GuideHighlight* m_highlight = nullptr;
    QLabel* m_counter = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QCheckBox* m_dontShowAgain = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace agglomap::widgets
