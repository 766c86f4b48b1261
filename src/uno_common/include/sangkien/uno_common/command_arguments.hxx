// What a command of our protocol is given (vn.sangkien:Report?output=…&formats=odt,pdf), declared
// once for both sides: the CLI writes it with to_url(), the component reads it with
// command_from_url(). Every value is percent-escaped where the URL syntax or a line break would
// cut it (% & = ? # space, control characters); other bytes — UTF-8 Vietnamese included — pass as
// they are, as the office's dispatch keeps them. Lists repeat their key (source=…&source=…), so no
// value needs a separator of its own.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sangkien::uno_common {

struct CommandArguments
{
    std::vector<std::string> sources;          // file URLs of workbooks to read (several, or a merge's)
    std::vector<std::string> names;            // …and the names they are reported under, in order
    bool private_sources = false;              // the sources are the caller's private copies: opened where they are
    std::optional<std::string> settings_from;  // the source (by name) Thông tin comes from
    std::optional<std::string> output;         // file URL: the merged workbook, or the documents' folder
    bool overwrite = false;                    // replace what is at `output`
    std::string formats;                       // "odt,pdf,docx" (documents)
    std::string documents;                     // the dossier's documents ("to_trinh,bien_ban"); empty: all
    std::string page;                          // a help page
    std::optional<std::string> compare_with;   // file URL: an earlier review's result workbook, whose record
                                               // sheet the review compares with (Review)

    bool operator==(const CommandArguments&) const = default;

    // "COMMAND?key=value&…" (just COMMAND when nothing is set).
    std::string to_url(std::string_view command) const;
};

// The command and its arguments of "COMMAND?key=value&…"; unknown keys are ignored.
std::pair<std::string, CommandArguments> command_from_url(std::string_view text);

// ---------------------------------------------------------------------------------------------

namespace detail {

inline std::string escaped(std::string_view text)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text)
    {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '%' || c == '&' || c == '=' || c == '?' || c == '#' || c == ' ' || c == '+' || byte < 0x20 || byte == 0x7F)
            out += std::string("%") + hex[byte >> 4] + hex[byte & 15];
        else
            out += c;
    }
    return out;
}

inline int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

inline std::string unescaped(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        if (text[i] == '%' && i + 2 < text.size() + 0 && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0)
        {
            out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        }
        else
            out += text[i];
    }
    return out;
}

} // namespace detail

inline std::string CommandArguments::to_url(std::string_view command) const
{
    std::string url(command);
    const auto add = [&url](std::string_view key, std::string_view value) {
        url += url.find('?') == std::string::npos ? '?' : '&';
        url += key;
        url += '=';
        url += detail::escaped(value);
    };
    for (const auto& source : sources)
        add("source", source);
    for (const auto& name : names)
        add("name", name);
    if (private_sources)
        add("private_sources", "1");
    if (settings_from)
        add("settings_from", *settings_from);
    if (output)
        add("output", *output);
    if (overwrite)
        add("overwrite", "1");
    if (!formats.empty())
        add("formats", formats);
    if (!documents.empty())
        add("documents", documents);
    if (!page.empty())
        add("page", page);
    if (compare_with)
        add("compare_with", *compare_with);
    return url;
}

inline std::pair<std::string, CommandArguments> command_from_url(std::string_view text)
{
    const auto question = text.find('?');
    std::pair<std::string, CommandArguments> result{std::string(text.substr(0, question)), {}};
    CommandArguments& arguments = result.second;
    std::string_view rest = question == std::string_view::npos ? std::string_view() : text.substr(question + 1);
    while (!rest.empty())
    {
        const auto amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
        const auto equals = pair.find('=');
        if (equals == std::string_view::npos)
            continue;
        const std::string key = detail::unescaped(pair.substr(0, equals));
        std::string value = detail::unescaped(pair.substr(equals + 1));
        if (key == "source")
            arguments.sources.push_back(std::move(value));
        else if (key == "name")
            arguments.names.push_back(std::move(value));
        else if (key == "private_sources")
            arguments.private_sources = value == "1";
        else if (key == "settings_from")
            arguments.settings_from = std::move(value);
        else if (key == "output")
            arguments.output = std::move(value);
        else if (key == "overwrite")
            arguments.overwrite = value == "1";
        else if (key == "formats")
            arguments.formats = std::move(value);
        else if (key == "documents")
            arguments.documents = std::move(value);
        else if (key == "page")
            arguments.page = std::move(value);
        else if (key == "compare_with")
            arguments.compare_with = std::move(value);
    }
    return result;
}

} // namespace sangkien::uno_common
