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
#include <pthread.h>
#include <stdio.h> // renameat2, RENAME_NOREPLACE (glibc 2.28)
#include <sys/stat.h>
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

// What publishes in progress have created, for the signal handler (fixed storage, written
// before it is marked used: async-signal-safe). A dossier in three formats is 21 files, each with
// its temporary.
constexpr std::size_t kMaxCreated = 96;
enum CreatedKind : int
{
    kFree = 0,
    kFile = 1,
    kFolder = 2,
};
std::array<std::array<char, 4096>, kMaxCreated> g_created{};
volatile std::sig_atomic_t g_created_kind[kMaxCreated] = {};
// While the files of a set take their names (a few renames), a signal waits for the set to be
// whole or withdrawn; then it takes effect.
volatile std::sig_atomic_t g_placing = 0;
volatile std::sig_atomic_t g_pending_signal = 0;

std::size_t remember_created(const fs::path& path, CreatedKind kind)
{
    const std::string text = path.string();
    for (std::size_t i = 0; i < kMaxCreated; ++i)
        if (g_created_kind[i] == kFree && text.size() < g_created[i].size())
        {
            std::memcpy(g_created[i].data(), text.c_str(), text.size() + 1);
            g_created_kind[i] = kind;
            return i;
        }
    return kMaxCreated;
}

void forget_created(std::size_t slot)
{
    if (slot < kMaxCreated)
        g_created_kind[slot] = kFree;
}

// Files first, then folders (only empty ones go; a few passes reach the deepest first).
void remove_created()
{
    for (std::size_t i = 0; i < kMaxCreated; ++i)
        if (g_created_kind[i] == kFile)
            ::unlink(g_created[i].data());
    for (std::size_t pass = 0; pass < 8; ++pass)
        for (std::size_t i = kMaxCreated; i-- > 0;)
            if (g_created_kind[i] == kFolder)
                ::rmdir(g_created[i].data());
}

extern "C" void remove_created_and_die(int signal)
{
    if (g_placing)
    {
        g_pending_signal = signal;
        return;
    }
    remove_created();
    std::signal(signal, SIG_DFL);
    // Delivered here even in a thread that has it blocked (the launcher takes signals in a thread
    // of its own and blocks them everywhere else): the process ends by it now.
    sigset_t just_this;
    sigemptyset(&just_this);
    sigaddset(&just_this, signal);
    pthread_sigmask(SIG_UNBLOCK, &just_this, nullptr);
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

fs::path numbered_path(const fs::path& wanted, int n)
{
    if (n <= 1)
        return wanted;
    constexpr std::size_t kNameMax = 255; // bytes on ext4, btrfs, xfs; FAT and exFAT count 255 UTF-16 units
    const std::string suffix = " (" + std::to_string(n) + ")", extension = wanted.extension().string();
    std::string stem = wanted.stem().string();
    while (!stem.empty() && stem.size() + suffix.size() + extension.size() > kNameMax)
    {
        // Drop the last character whole (its continuation bytes and its first byte).
        std::size_t cut = stem.size() - 1;
        while (cut > 0 && (static_cast<unsigned char>(stem[cut]) & 0xC0) == 0x80)
            --cut;
        stem.resize(cut);
    }
    return wanted.parent_path() / (stem + suffix + extension);
}

fs::path free_output_path(const fs::path& wanted, bool overwrite)
{
    std::error_code error;
    if (overwrite)
        return wanted;
    for (int n = 1;; ++n)
        if (const fs::path candidate = numbered_path(wanted, n); !fs::exists(fs::symlink_status(candidate, error)))
            return candidate;
}

bool same_file(const fs::path& a, const fs::path& b)
{
    std::error_code error;
    if (fs::exists(a, error) && fs::exists(b, error))
        return fs::equivalent(a, b, error);
    return fs::weakly_canonical(fs::absolute(a), error) == fs::weakly_canonical(fs::absolute(b), error);
}

namespace {

// What one publish has created so far, known to the signal handler: taken back unless kept.
class CreatedSoFar
{
public:
    CreatedSoFar() = default;
    CreatedSoFar(const CreatedSoFar&) = delete;
    CreatedSoFar& operator=(const CreatedSoFar&) = delete;
    ~CreatedSoFar()
    {
        if (!kept_)
            take_back();
        for (const auto& entry : entries_)
            forget_created(entry.slot);
    }

    void add(const fs::path& path, CreatedKind kind) { entries_.push_back({path, kind, remember_created(path, kind)}); }

    // A file of ours that no longer exists under that name (a temporary renamed to its final name).
    void gone(const fs::path& path)
    {
        for (auto& entry : entries_)
            if (entry.kind == kFile && entry.path == path)
            {
                forget_created(entry.slot);
                entry.kind = kFree;
                entry.slot = kMaxCreated; // the slot may serve another entry now
            }
    }

    void keep() { kept_ = true; }

private:
    // Files, newest first; then the folders this call made, deepest first, and only when empty
    // (a file someone else put there meanwhile keeps its folder).
    void take_back()
    {
        for (auto entry = entries_.rbegin(); entry != entries_.rend(); ++entry)
            if (entry->kind == kFile)
                ::unlink(entry->path.c_str());
        for (auto entry = entries_.rbegin(); entry != entries_.rend(); ++entry)
            if (entry->kind == kFolder && ::rmdir(entry->path.c_str()) != 0)
                break;
    }

    struct Entry
    {
        fs::path path;
        CreatedKind kind;
        std::size_t slot;
    };
    std::vector<Entry> entries_;
    bool kept_ = false;
};

// Creates `folder` and its missing parents, one level at a time, remembering the ones made here
// (not one another process made meanwhile). False with errno set on failure.
bool make_folder(const fs::path& folder, CreatedSoFar& created)
{
    std::vector<fs::path> missing;
    std::error_code error;
    for (fs::path part = folder; !part.empty() && !fs::exists(part, error); part = part.parent_path())
    {
        missing.push_back(part);
        if (part == part.parent_path())
            break;
    }
    for (auto part = missing.rbegin(); part != missing.rend(); ++part)
    {
        if (::mkdir(part->c_str(), 0777) == 0)
            created.add(*part, kFolder);
        else if (errno != EEXIST)
            return false;
    }
    return true;
}

// How a file takes a name without replacing anything, best first: a hard link to the temporary
// (not on FAT/exFAT nor many shares: EPERM there), a rename that refuses an existing name (not on
// every file system, nor under old kernels: EINVAL), or a rename over a placeholder this run
// created with O_EXCL.
enum class Method
{
    link,
    rename_noreplace,
    placeholder,
};

enum class Placement
{
    linked,  // the final name is a link to the temporary, which stays until the set is whole
    moved,   // the temporary became the final name
    taken,   // the name exists (maybe since a moment ago)
    failed,  // errno says why
};

bool unsupported(int error)
{
    return error == EPERM || error == EINVAL || error == ENOSYS || error == ENOTSUP || error == EOPNOTSUPP;
}

Placement place_without_replacing(const fs::path& temporary, const fs::path& target, Method& method)
{
    if (method == Method::link)
    {
        if (::link(temporary.c_str(), target.c_str()) == 0)
            return Placement::linked;
        if (errno == EEXIST)
            return Placement::taken;
        if (errno != EPERM && errno != ENOSYS && errno != ENOTSUP && errno != EOPNOTSUPP && errno != EMLINK)
            return Placement::failed;
        method = Method::rename_noreplace;
    }
    if (method == Method::rename_noreplace)
    {
        if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) == 0)
            return Placement::moved;
        if (errno == EEXIST)
            return Placement::taken;
        if (!unsupported(errno))
            return Placement::failed;
        method = Method::placeholder;
    }
    const int placeholder = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (placeholder < 0)
        return errno == EEXIST ? Placement::taken : Placement::failed;
    ::close(placeholder);
    if (::rename(temporary.c_str(), target.c_str()) == 0)
        return Placement::moved;
    const int error = errno;
    ::unlink(target.c_str()); // the placeholder: ours, and still empty
    errno = error;
    return Placement::failed;
}

// One file of the set on its way.
struct Pending
{
    fs::path temporary;
    fs::path placed;   // empty until it has its final name
    bool moved = false;
};

// Takes the files of the set placed so far back to their temporaries (for another number).
void withdraw(std::vector<Pending>& pending, CreatedSoFar& created)
{
    for (auto& file : pending)
    {
        if (file.placed.empty())
            continue;
        if (!file.moved)
            ::unlink(file.placed.c_str());
        else if (::rename(file.placed.c_str(), file.temporary.c_str()) == 0)
            created.add(file.temporary, kFile);
        else
            throw PublishError(file.placed, errno); // still ours, and still known: taken back with the rest
        created.gone(file.placed);
        file.placed.clear();
        file.moved = false;
    }
}

// While the names are taken a signal waits (see remove_created_and_die); afterwards it takes effect,
// on a set that is whole or withdrawn.
class SignalsWait
{
public:
    SignalsWait() { g_placing = 1; }
    ~SignalsWait()
    {
        g_placing = 0;
        if (const int signal = g_pending_signal; signal != 0)
            remove_created_and_die(signal);
    }
    SignalsWait(const SignalsWait&) = delete;
    SignalsWait& operator=(const SignalsWait&) = delete;
};

// The names of the set with number n; whether any of them exists already.
bool any_exists(const std::vector<Publication>& set, int n)
{
    std::error_code error;
    return std::any_of(set.begin(), set.end(),
                       [&](const Publication& file) { return fs::exists(fs::symlink_status(numbered_path(file.wanted, n), error)); });
}

std::vector<fs::path> place_replacing(const std::vector<Publication>& set, std::vector<Pending>& pending, CreatedSoFar& created)
{
    std::vector<fs::path> written;
    for (std::size_t i = 0; i < set.size(); ++i)
    {
        if (::rename(pending[i].temporary.c_str(), set[i].wanted.c_str()) != 0)
            throw PublishError(set[i].wanted, errno);
        created.gone(pending[i].temporary);
        written.push_back(set[i].wanted);
    }
    return written;
}

std::vector<fs::path> place_new(const std::vector<Publication>& set, std::vector<Pending>& pending, CreatedSoFar& created)
{
    constexpr int kMaxNumber = 10000;
    Method method = Method::link;
    for (int n = 1; n <= kMaxNumber; ++n)
    {
        if (any_exists(set, n))
            continue;
        bool whole = true;
        for (std::size_t i = 0; i < set.size() && whole; ++i)
        {
            const fs::path target = numbered_path(set[i].wanted, n);
            const Placement placement = place_without_replacing(pending[i].temporary, target, method);
            switch (placement)
            {
            case Placement::linked:
            case Placement::moved:
                pending[i].placed = target;
                pending[i].moved = placement == Placement::moved;
                created.add(target, kFile);
                if (pending[i].moved)
                    created.gone(pending[i].temporary);
                break;
            case Placement::taken: // appeared meanwhile: the whole set takes the next number
                withdraw(pending, created);
                whole = false;
                break;
            case Placement::failed:
                throw PublishError(set[i].wanted, errno ? errno : EIO);
            }
        }
        if (whole)
        {
            std::vector<fs::path> written;
            for (const auto& file : pending)
                written.push_back(file.placed);
            return written;
        }
    }
    throw PublishError(set.front().wanted, EEXIST);
}

} // namespace

std::vector<fs::path> publish_set(const std::vector<Publication>& set, bool overwrite)
{
    if (set.empty())
        return {};
    const fs::path folder = set.front().wanted.parent_path().empty() ? fs::path(".") : set.front().wanted.parent_path();
    for (const auto& file : set)
        if (file.wanted.parent_path() != set.front().wanted.parent_path())
            throw std::invalid_argument("publish_set: one folder per set");
    CreatedSoFar created;
    if (!make_folder(folder, created))
        throw PublishError(set.front().wanted, errno ? errno : EIO);
    // Every file whole in the folder first, under a short hidden name (a long final name near
    // 255 bytes must not overflow): a full disk shows here, before any name is taken.
    static int counter = 0;
    std::vector<Pending> pending;
    for (const auto& file : set)
    {
        Pending next{folder / (".~sangkien-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) + ".tmp"), {}, false};
        created.add(next.temporary, kFile);
        if (!copy_whole(file.staged, next.temporary))
            throw PublishError(file.wanted, errno ? errno : EIO);
        pending.push_back(std::move(next));
    }
    std::vector<fs::path> written;
    {
        const SignalsWait signals_wait;
        if (overwrite) // what replaced a file stays: the file it replaced is gone anyway
            written = place_replacing(set, pending, created);
        else
        {
            written = place_new(set, pending, created);
            for (const auto& file : pending)
                if (!file.moved)
                    ::unlink(file.temporary.c_str());
        }
        created.keep();
    }
    return written;
}

fs::path publish(const fs::path& staged, const fs::path& wanted, bool overwrite)
{
    return publish_set({{staged, wanted}}, overwrite).front();
}

const char* publish_problem_key(int error)
{
    if (error == ENOSPC || error == EDQUOT)
        return "cli.error.disk_full";
    if (error == EACCES || error == EPERM || error == EROFS)
        return "cli.error.no_permission";
    if (error == ENAMETOOLONG)
        return "cli.error.name_too_long";
    return "cli.error.write";
}

void install_signal_cleanup()
{
    for (const int signal : {SIGINT, SIGTERM, SIGHUP})
        std::signal(signal, remove_created_and_die);
    // A write to an office that is going away is an error to handle, not a reason to die.
    std::signal(SIGPIPE, SIG_IGN);
}

} // namespace sangkien::cli
