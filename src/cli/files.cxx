#include "files.hxx"

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <iterator>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace sangkien::cli {

namespace {

std::string read_bytes(const fs::path& path, std::uintmax_t offset, std::size_t count)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return {};
    in.seekg(static_cast<std::streamoff>(offset));
    std::string bytes(count, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(count));
    bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return bytes;
}

bool contains(const std::string& haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string::npos;
}

std::string utf16(std::string_view ascii)
{
    std::string out;
    for (const char c : ascii)
    {
        out += c;
        out += '\0';
    }
    return out;
}

// A ZIP: an ODF package names its type in the "mimetype" entry it starts with; an OOXML package
// has xl/ (a workbook) or word/ or ppt/ entries (their names are in the central directory at the
// end).
InputKind zip_kind(const std::string& head, const std::string& tail)
{
    if (head.size() > 38 && head.compare(30, 8, "mimetype") == 0)
        return contains(head.substr(0, 200), "opendocument.spreadsheet") ? InputKind::spreadsheet : InputKind::text_document;
    if (contains(tail, "xl/workbook") || contains(head, "xl/workbook") || contains(tail, "xl/") )
        return InputKind::spreadsheet;
    if (contains(tail, "word/") || contains(tail, "ppt/"))
        return InputKind::text_document;
    return InputKind::not_spreadsheet;
}

// OLE2 compound files: Excel 97 ("Workbook"/"Book" streams), Word ("WordDocument"), or an
// encrypted OOXML package ("EncryptedPackage").
InputKind ole_kind(const std::string& head, const std::string& tail)
{
    const std::string both = head + tail;
    if (contains(both, utf16("EncryptedPackage")))
        return InputKind::encrypted;
    if (contains(both, utf16("Workbook")) || contains(both, utf16("Book")))
        return InputKind::spreadsheet;
    if (contains(both, utf16("WordDocument")))
        return InputKind::text_document;
    return InputKind::spreadsheet; // let the office decide (a small .xls keeps its names elsewhere)
}

// Flat XML: office:mimetype (after the root's many namespace declarations) says what it is;
// SpreadsheetML 2003 is Excel's; other XML is left for the office to judge.
InputKind xml_kind(const std::string& head)
{
    if (contains(head, "opendocument.spreadsheet") || contains(head, "urn:schemas-microsoft-com:office:spreadsheet"))
        return InputKind::spreadsheet;
    for (const std::string_view other : {"opendocument.text", "opendocument.presentation", "opendocument.graphics"})
        if (contains(head, other))
            return InputKind::text_document;
    return contains(head, "office:document") || contains(head, "Workbook") ? InputKind::spreadsheet : InputKind::not_spreadsheet;
}

bool is_text(const std::string& bytes)
{
    std::size_t controls = 0;
    for (const char c : bytes)
    {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return false;
        controls += u < 0x20 && u != '\n' && u != '\r' && u != '\t';
    }
    return controls * 50 < bytes.size() + 1;
}

// Text whose first lines (a title line may come first) hold a separator, in any encoding Excel
// writes a CSV or "Unicode text" in.
bool is_delimited_text(const std::string& head)
{
    const core::TextEncoding encoding = core::detect_text_encoding(head, true);
    const bool utf16 = encoding == core::TextEncoding::utf16le || encoding == core::TextEncoding::utf16be;
    if (!utf16 && !is_text(head))
        return false;
    return core::text_separator(core::decode_text(head, encoding)) != '\0';
}

// Temporary files being published, for the signal handler (fixed storage: async-signal-safe).
constexpr std::size_t kMaxTemporaries = 4;
std::array<std::array<char, 4096>, kMaxTemporaries> g_temporaries{};
volatile std::sig_atomic_t g_temporary_used[kMaxTemporaries] = {};

std::size_t remember_temporary(const fs::path& path)
{
    const std::string text = path.string();
    for (std::size_t i = 0; i < kMaxTemporaries; ++i)
        if (!g_temporary_used[i] && text.size() < g_temporaries[i].size())
        {
            std::memcpy(g_temporaries[i].data(), text.c_str(), text.size() + 1);
            g_temporary_used[i] = 1;
            return i;
        }
    return kMaxTemporaries;
}

void forget_temporary(std::size_t slot)
{
    if (slot < kMaxTemporaries)
        g_temporary_used[slot] = 0;
}

extern "C" void remove_temporaries_and_die(int signal)
{
    for (std::size_t i = 0; i < kMaxTemporaries; ++i)
        if (g_temporary_used[i])
            ::unlink(g_temporaries[i].data());
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Copies `from` into a new file `to` (O_EXCL) and syncs it; false with errno set on failure.
bool copy_whole(const fs::path& from, const fs::path& to)
{
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return false;
    const int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (out < 0)
    {
        const int error = errno;
        ::close(in);
        errno = error;
        return false;
    }
    std::vector<char> buffer(1 << 20);
    bool ok = true;
    for (;;)
    {
        const ssize_t got = ::read(in, buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
        {
            ok = got == 0;
            break;
        }
        for (ssize_t done = 0; done < got && ok;)
        {
            const ssize_t wrote = ::write(out, buffer.data() + done, static_cast<std::size_t>(got - done));
            if (wrote < 0 && errno == EINTR)
                continue;
            ok = wrote > 0;
            done += std::max<ssize_t>(wrote, 0);
        }
        if (!ok)
            break;
    }
    const int error = errno;
    ok = ok && ::fsync(out) == 0;
    ok = (::close(out) == 0) && ok;
    ::close(in);
    errno = ok ? 0 : (error ? error : EIO);
    return ok;
}

} // namespace

InputKind inspect_input(const fs::path& path)
{
    std::error_code error;
    const auto status = fs::status(path, error);
    if (error || !fs::exists(status))
        return InputKind::missing;
    if (fs::is_directory(status))
        return InputKind::folder;
    if (!fs::is_regular_file(status))
        return InputKind::not_regular;
    const auto size = fs::file_size(path, error);
    if (error || ::access(path.c_str(), R_OK) != 0)
        return InputKind::unreadable;
    if (size == 0)
        return InputKind::empty;
    const std::string head = read_bytes(path, 0, 4096);
    const std::string tail = size > 65536 ? read_bytes(path, size - 65536, 65536) : read_bytes(path, 0, 65536);
    if (head.compare(0, 4, "PK\x03\x04") == 0)
        return zip_kind(head, tail);
    if (head.compare(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") == 0)
        return ole_kind(read_bytes(path, 0, 65536), tail);
    std::string start = head;
    if (start.compare(0, 3, "\xEF\xBB\xBF") == 0)
        start.erase(0, 3);
    if (start.compare(0, 5, "<?xml") == 0 || start.compare(0, 1, "<") == 0)
        return xml_kind(read_bytes(path, 0, 65536));
    return is_delimited_text(head) ? InputKind::csv : InputKind::not_spreadsheet;
}

const char* input_problem_key(InputKind kind)
{
    switch (kind)
    {
    case InputKind::spreadsheet:
    case InputKind::csv: return "";
    case InputKind::missing: return "cli.error.no_workbook";
    case InputKind::folder: return "cli.error.input_folder";
    case InputKind::empty: return "cli.error.input_empty";
    case InputKind::unreadable: return "cli.error.input_unreadable";
    case InputKind::not_regular: return "cli.error.input_not_regular";
    case InputKind::text_document: return "cli.error.input_not_spreadsheet";
    case InputKind::encrypted: return "cli.error.input_password";
    case InputKind::not_spreadsheet: return "cli.error.input_not_spreadsheet";
    }
    return "";
}

bool read_csv(const fs::path& path, CsvText& csv)
{
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof())
        return false;
    csv.encoding = core::detect_text_encoding(bytes);
    csv.utf8 = core::decode_text(bytes, csv.encoding);
    const char separator = core::text_separator(csv.utf8);
    csv.separator = separator ? separator : ',';
    return true;
}

const char* encoding_name_key(core::TextEncoding encoding)
{
    switch (encoding)
    {
    case core::TextEncoding::utf8: return "cli.csv.encoding.utf8";
    case core::TextEncoding::utf8_bom: return "cli.csv.encoding.utf8_bom";
    case core::TextEncoding::utf16le: return "cli.csv.encoding.utf16le";
    case core::TextEncoding::utf16be: return "cli.csv.encoding.utf16be";
    case core::TextEncoding::windows1258: return "cli.csv.encoding.windows1258";
    }
    return "cli.csv.encoding.utf8";
}

int output_folder_problem(const fs::path& folder)
{
    fs::path existing = fs::absolute(folder);
    std::error_code error;
    while (!fs::exists(fs::symlink_status(existing, error)) && existing != existing.parent_path())
        existing = existing.parent_path();
    if (!fs::is_directory(existing, error))
        return ENOTDIR;
    return ::access(existing.c_str(), W_OK | X_OK) == 0 ? 0 : errno;
}

fs::path free_output_path(const fs::path& wanted, bool overwrite)
{
    std::error_code error;
    if (overwrite || !fs::exists(fs::symlink_status(wanted, error)))
        return wanted;
    const std::string stem = wanted.stem().string(), extension = wanted.extension().string();
    for (int n = 2;; ++n)
    {
        const fs::path candidate = wanted.parent_path() / (stem + " (" + std::to_string(n) + ")" + extension);
        if (!fs::exists(fs::symlink_status(candidate, error)))
            return candidate;
    }
}

bool same_file(const fs::path& a, const fs::path& b)
{
    std::error_code error;
    if (fs::exists(a, error) && fs::exists(b, error))
        return fs::equivalent(a, b, error);
    return fs::weakly_canonical(fs::absolute(a), error) == fs::weakly_canonical(fs::absolute(b), error);
}

fs::path publish(const fs::path& staged, const fs::path& wanted, bool overwrite)
{
    const fs::path folder = wanted.parent_path().empty() ? fs::path(".") : wanted.parent_path();
    std::error_code error;
    // The folder is made only now, when there is something to put in it; taken back on failure.
    fs::path made;
    for (fs::path part = folder; !part.empty() && !fs::exists(part, error); part = part.parent_path())
    {
        made = part;
        if (part == part.parent_path())
            break;
    }
    fs::create_directories(folder, error);
    if (error)
        throw PublishError(wanted, error.value());
    const auto undo_folder = [&made] {
        std::error_code ignored;
        if (!made.empty())
            fs::remove_all(made, ignored); // only what this call created, and it holds nothing of ours
    };

    const fs::path temporary = folder / (".~sangkien-" + std::to_string(::getpid()) + "-" + wanted.filename().string());
    const std::size_t slot = remember_temporary(temporary);
    if (!copy_whole(staged, temporary))
    {
        const int cause = errno ? errno : EIO;
        ::unlink(temporary.c_str());
        forget_temporary(slot);
        undo_folder();
        throw PublishError(wanted, cause);
    }
    fs::path target = free_output_path(wanted, overwrite);
    int cause = 0;
    if (overwrite)
    {
        if (::rename(temporary.c_str(), target.c_str()) != 0)
            cause = errno;
    }
    else
    {
        // link() never replaces: a file that appeared since free_output_path() is kept.
        while (::link(temporary.c_str(), target.c_str()) != 0)
        {
            if (errno != EEXIST)
            {
                cause = errno;
                break;
            }
            target = free_output_path(wanted, false);
        }
        ::unlink(temporary.c_str());
    }
    forget_temporary(slot);
    if (cause != 0)
    {
        ::unlink(temporary.c_str());
        undo_folder();
        throw PublishError(wanted, cause);
    }
    return target;
}

const char* publish_problem_key(int error)
{
    if (error == ENOSPC || error == EDQUOT)
        return "cli.error.disk_full";
    if (error == EACCES || error == EPERM || error == EROFS)
        return "cli.error.no_permission";
    return "cli.error.write";
}

void install_signal_cleanup()
{
    for (const int signal : {SIGINT, SIGTERM, SIGHUP})
        std::signal(signal, remove_temporaries_and_die);
    // A write to an office that is going away is an error to handle, not a reason to die.
    std::signal(SIGPIPE, SIG_IGN);
}

} // namespace sangkien::cli
