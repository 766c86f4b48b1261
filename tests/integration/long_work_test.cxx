// Long work that shows itself (issue 27): the dossier, the report and Gộp sổ tell their progress
// (the dispatch argument "StatusIndicator", what the status bar shows) step by step, naming each
// document with its place; the bar moves through the whole work and never back; a dossier asked
// to stop (vn.sangkien:Stop, what Dừng asks) keeps exactly the documents stored before it, whole,
// and leaves no lock file, no hidden temporary and no half-made document.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <set>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include "core/documents/document_data.hxx"
#include "core/documents/dossier_form.hxx"
#include "core/features/merge.hxx"
#include "core/features/sample.hxx"
#include "core/text/format.hxx"
#include "core/text/messages.hxx"
#include "office_fixture.hxx"
#include "sangkien/uno_common/command_arguments.hxx"

using namespace sangkien;
using namespace com::sun::star;
namespace fs = std::filesystem;

namespace {

core::Language language()
{
    return core::language_from_tag(test::OfficeEnvironment::ui_language(), core::Language::english);
}

fs::path write_sample(const test::TempDir& folder, std::size_t initiatives, std::uint64_t seed)
{
    const auto file = folder.path() / ("mau-" + std::to_string(seed) + ".fods");
    std::ofstream out(file);
    core::write_fods(core::generate_sample({initiatives, seed, false}), out);
    return file;
}

// What a command told its caller's indicator, in order; `heard` runs on each new text (on the
// office's call, so it may call the office back, as a clerk's Dừng would).
class Recorder final : public cppu::WeakImplHelper1<task::XStatusIndicator>
{
public:
    struct Event
    {
        char kind; // 's'tart, 't'ext, 'v'alue, 'e'nd
        std::string text;
        sal_Int32 value = 0;
    };

    std::function<void(const std::string&)> heard;

    void SAL_CALL start(const rtl::OUString& text, sal_Int32 range) override { add({'s', to_utf8(text), range}); }
    void SAL_CALL end() override { add({'e', {}, 0}); }
    void SAL_CALL setText(const rtl::OUString& text) override
    {
        add({'t', to_utf8(text), 0});
        if (heard)
            heard(to_utf8(text));
    }
    void SAL_CALL setValue(sal_Int32 value) override { add({'v', {}, value}); }
    void SAL_CALL reset() override {}

    std::vector<Event> events() const
    {
        std::lock_guard lock(mutex_);
        return events_;
    }
    // The texts in order, each with the bar's value when it came.
    std::vector<std::pair<std::string, sal_Int32>> texts() const
    {
        std::vector<std::pair<std::string, sal_Int32>> out;
        sal_Int32 value = 0;
        for (const auto& event : events())
        {
            if (event.kind == 'v')
                value = event.value;
            if (event.kind == 't')
                out.emplace_back(event.text, value);
        }
        return out;
    }

private:
    void add(Event event)
    {
        std::lock_guard lock(mutex_);
        events_.push_back(std::move(event));
    }
    mutable std::mutex mutex_;
    std::vector<Event> events_;
};

uno::Sequence<beans::PropertyValue> with_indicator(const rtl::Reference<Recorder>& recorder)
{
    uno::Sequence<beans::PropertyValue> arguments(1);
    arguments.getArray()[0].Name = to_ustring("StatusIndicator");
    arguments.getArray()[0].Value <<= uno::Reference<task::XStatusIndicator>(recorder.get());
    return arguments;
}

std::string title_of(const core::DocumentInfo& info)
{
    return std::string(core::text(language(), "document.title." + std::string(info.file)));
}

std::string making(const core::DocumentInfo& info, std::size_t number, std::size_t count)
{
    return core::format(language(), "document.progress_making",
                        {title_of(info), core::format_count(static_cast<std::int64_t>(number), language()),
                         core::format_count(static_cast<std::int64_t>(count), language())});
}

std::set<std::string> names_in(const fs::path& folder)
{
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.insert(entry.path().filename().string());
    return names;
}

// The bar: one start, one end, its values never back and at its end full (unless stopped).
void expect_one_bar(const std::vector<Recorder::Event>& events, bool full = true)
{
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.front().kind, 's');
    EXPECT_EQ(events.back().kind, 'e');
    EXPECT_EQ(std::count_if(events.begin(), events.end(), [](const auto& e) { return e.kind == 's'; }), 1);
    EXPECT_EQ(std::count_if(events.begin(), events.end(), [](const auto& e) { return e.kind == 'e'; }), 1);
    sal_Int32 last = -1;
    for (const auto& event : events)
        if (event.kind == 'v')
        {
            EXPECT_GE(event.value, last) << "the bar went back";
            last = event.value;
        }
    if (full)
        EXPECT_EQ(last, events.front().value) << "the bar ends full";
    else
        EXPECT_LT(last, events.front().value) << "a stopped bar is not full";
}

} // namespace

// Every document of the dossier is named on the bar in turn with its place, the bar moving from
// one to the next (not full before the last begins), then the store of each format.
TEST(Documents, TheDossierShowsEveryDocumentOnOneBar)
{
    const test::TempDir folder;
    const launcher::Document workbook(test::OfficeEnvironment::context(), launcher::file_url(write_sample(folder, 600, 21)));
    const auto out = folder.path() / "hồ sơ";
    fs::create_directories(out);
    const rtl::Reference<Recorder> recorder(new Recorder);
    const auto outcome = launcher::dispatch_command(
        workbook,
        uno_common::CommandArguments{.output = launcher::file_url(out), .formats = "odt,pdf"}.to_url("vn.sangkien:Dossier"),
        with_indicator(recorder));
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    EXPECT_EQ(outcome.result.rfind(std::string(core::text(language(), "document.dossier_done")), 0), 0u) << outcome.result;
    expect_one_bar(recorder->events());

    const auto texts = recorder->texts();
    const auto documents = core::dossier_documents();
    std::vector<sal_Int32> at_start;
    auto from = texts.begin();
    for (std::size_t i = 0; i < documents.size(); ++i)
    {
        const std::string wanted = making(documents[i], i + 1, documents.size());
        const auto found = std::find_if(from, texts.end(), [&](const auto& text) { return text.first == wanted; });
        ASSERT_NE(found, texts.end()) << "not said, or not in its turn: " << wanted;
        at_start.push_back(found->second);
        // Then each of its formats as it is stored.
        for (const char* format : {"ODT", "PDF"})
        {
            const std::string storing = core::format(language(), "document.progress_storing",
                                                     {title_of(documents[i]),
                                                      core::format_count(static_cast<std::int64_t>(i + 1), language()),
                                                      core::format_count(static_cast<std::int64_t>(documents.size()), language()),
                                                      format});
            EXPECT_NE(std::find_if(found, texts.end(), [&](const auto& text) { return text.first == storing; }), texts.end())
                << storing;
        }
        from = found + 1;
    }
    EXPECT_EQ(texts.front().first, std::string(core::text(language(), "document.progress_reading")));
    for (std::size_t i = 1; i < at_start.size(); ++i)
        EXPECT_GT(at_start[i], at_start[i - 1]) << "the bar moved during " << documents[i - 1].file;
    EXPECT_LT(at_start.back(), 950) << "the bar is not full before the last document begins";
    for (const auto& info : documents)
        for (const char* extension : {".odt", ".pdf"})
            EXPECT_TRUE(fs::is_regular_file(out / (std::string(info.file) + extension))) << info.file << extension;
    EXPECT_EQ(names_in(out).size(), documents.size() * 2) << "nothing else: no hidden temporary, no lock file";
}

// A stop asked while the fourth document is being made: the first three are stored whole in
// every format, nothing of the fourth nor of those after it, no lock file, no temporary; the
// answer says so. Stop with nothing running says that too.
TEST(Documents, AStoppedDossierKeepsExactlyTheDocumentsStoredBefore)
{
    const test::TempDir folder;
    const launcher::Document workbook(test::OfficeEnvironment::context(), launcher::file_url(write_sample(folder, 300, 22)));
    const auto nothing = launcher::dispatch_command(workbook, "vn.sangkien:Stop");
    ASSERT_TRUE(nothing.succeeded) << nothing.result;
    EXPECT_EQ(nothing.result, std::string(core::text(language(), "stop.nothing")));

    const auto out = folder.path() / "hồ sơ";
    fs::create_directories(out);
    const auto documents = core::dossier_documents();
    const std::string fourth = making(documents[3], 4, documents.size());
    const rtl::Reference<Recorder> recorder(new Recorder);
    std::string stop_answer;
    recorder->heard = [&](const std::string& text) {
        if (text == fourth && stop_answer.empty())
            stop_answer = launcher::dispatch_command(workbook, "vn.sangkien:Stop").result; // as Dừng does
    };
    const auto outcome = launcher::dispatch_command(
        workbook,
        uno_common::CommandArguments{.output = launcher::file_url(out), .formats = "odt,pdf"}.to_url("vn.sangkien:Dossier"),
        with_indicator(recorder));
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    EXPECT_EQ(stop_answer, std::string(core::text(language(), "stop.requested")));
    EXPECT_EQ(outcome.result.rfind(core::dossier_stopped_headline(3, documents.size(), language()), 0), 0u) << outcome.result;
    EXPECT_NE(outcome.result.find(core::dossier_not_made(documents, 3, language())), std::string::npos) << outcome.result;
    expect_one_bar(recorder->events(), false);

    std::set<std::string> expected;
    for (std::size_t i = 0; i < 3; ++i)
        for (const char* extension : {".odt", ".pdf"})
        {
            expected.insert(std::string(documents[i].file) + extension);
            EXPECT_NE(outcome.result.find((out / (std::string(documents[i].file) + extension)).string()), std::string::npos);
        }
    EXPECT_EQ(names_in(out), expected) << outcome.result;
    // Those kept are whole: they open.
    for (std::size_t i = 0; i < 3; ++i)
    {
        const launcher::Document made(test::OfficeEnvironment::context(),
                                      launcher::file_url(out / (std::string(documents[i].file) + ".odt")));
        EXPECT_TRUE(made.component().is()) << documents[i].file;
    }
    // The office is free again: a dossier now runs to its end.
    const auto again = launcher::dispatch_command(
        workbook,
        uno_common::CommandArguments{.output = launcher::file_url(out), .formats = "odt", .documents = "GiayKhen"}.to_url(
            "vn.sangkien:Dossier"));
    ASSERT_TRUE(again.succeeded) << again.result;
    EXPECT_EQ(again.result.rfind(std::string(core::text(language(), "document.dossier_done")), 0), 0u) << again.result;
    EXPECT_TRUE(fs::is_regular_file(out / "GiayKhen.odt"));
}

// The report: reading, making it, then each format stored, on one bar.
TEST(Documents, TheReportShowsItsSteps)
{
    const test::TempDir folder;
    const launcher::Document workbook(test::OfficeEnvironment::context(), launcher::file_url(write_sample(folder, 200, 23)));
    const auto out = folder.path() / "out";
    fs::create_directories(out);
    const rtl::Reference<Recorder> recorder(new Recorder);
    const auto outcome = launcher::dispatch_command(
        workbook,
        uno_common::CommandArguments{.output = launcher::file_url(out), .formats = "odt,pdf"}.to_url("vn.sangkien:Report"),
        with_indicator(recorder));
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    expect_one_bar(recorder->events());
    const std::string title(core::text(language(), "document.title.BaoCaoTongKet"));
    std::vector<std::string> texts;
    for (const auto& [text, value] : recorder->texts())
        texts.push_back(text);
    const std::vector<std::string> expected{std::string(core::text(language(),
                                                                   "document.report_progress")), // the start's, then the steps
                                            std::string(core::text(language(), "document.progress_reading")),
                                            core::format(language(), "document.progress_making_one", {title}),
                                            core::format(language(), "document.progress_storing_one", {title, "ODT"}),
                                            core::format(language(), "document.progress_storing_one", {title, "PDF"})};
    std::vector<std::string> said{recorder->events().front().text};
    said.insert(said.end(), texts.begin(), texts.end());
    EXPECT_EQ(said, expected);
    EXPECT_EQ(names_in(out), (std::set<std::string>{"BaoCaoTongKet.odt", "BaoCaoTongKet.pdf"}));
}

// Gộp sổ names each workbook as it reads it, with its place, then the writing of the merged book.
TEST(Merge, ReadingNamesEachWorkbookInTurn)
{
    const fs::path data = fs::path(SANGKIEN_SOURCE_DIR) / "tests/integration/data/merge/cdcs";
    std::vector<fs::path> sources;
    for (const auto& entry : fs::directory_iterator(data))
        sources.push_back(entry.path());
    std::sort(sources.begin(), sources.end());
    ASSERT_GE(sources.size(), 3u);
    const test::TempDir folder;
    uno_common::CommandArguments arguments;
    for (const auto& source : sources)
        arguments.sources.push_back(launcher::file_url(source.string()));
    arguments.output = launcher::file_url((folder.path() / "so-gop.ods").string());
    const launcher::Document blank = launcher::Document::new_spreadsheet(test::OfficeEnvironment::context());
    const rtl::Reference<Recorder> recorder(new Recorder);
    const auto outcome = launcher::dispatch_command(blank, arguments.to_url("vn.sangkien:Merge"), with_indicator(recorder));
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    expect_one_bar(recorder->events());
    const auto texts = recorder->texts();
    const auto names = core::source_names(sources);
    auto from = texts.begin();
    for (std::size_t i = 0; i < sources.size(); ++i)
    {
        const std::string wanted = core::format(language(), "merge.progress_source",
                                                {names[i], core::format_count(static_cast<std::int64_t>(i + 1), language()),
                                                 core::format_count(static_cast<std::int64_t>(sources.size()), language())});
        const auto found = std::find_if(from, texts.end(), [&](const auto& text) { return text.first == wanted; });
        ASSERT_NE(found, texts.end()) << wanted;
        from = found + 1;
    }
    EXPECT_NE(std::find_if(from, texts.end(),
                           [&](const auto& text) {
                               return text.first == std::string(core::text(language(), "merge.progress_writing"));
                           }),
              texts.end());
    EXPECT_TRUE(fs::is_regular_file(folder.path() / "so-gop.ods"));
}
