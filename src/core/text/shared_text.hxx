// Text that repeats across many records (a unit's name and key, a lĩnh vực, the group heading
// above a row): one copy shared by every record that holds it, so a million records naming two
// thousand units hold two thousand names, not a million.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>

namespace sangkien::core {

class SharedText
{
public:
    SharedText() = default;
    SharedText(std::string text) { *this = std::move(text); }           // NOLINT: a text is a SharedText
    SharedText(const char* text) : SharedText(std::string(text)) {}    // NOLINT
    SharedText& operator=(std::string text)
    {
        text_ = text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text));
        return *this;
    }
    SharedText& operator=(const char* text) { return *this = std::string(text); }

    const std::string& str() const { return text_ ? *text_ : no_text(); }
    operator const std::string&() const { return str(); }              // NOLINT
    operator std::string_view() const { return str(); }                // NOLINT
    bool empty() const { return !text_; }
    std::size_t size() const { return str().size(); }
    const char* c_str() const { return str().c_str(); }
    void clear() { text_.reset(); }

    friend bool operator==(const SharedText& a, const SharedText& b) { return a.str() == b.str(); }
    friend bool operator==(const SharedText& a, std::string_view b) { return a.str() == b; }
    friend bool operator==(const SharedText& a, const char* b) { return a.str() == b; }
    friend bool operator==(const SharedText& a, const std::string& b) { return a.str() == b; }
    friend auto operator<=>(const SharedText& a, const SharedText& b) { return a.str() <=> b.str(); }
    friend std::string operator+(const SharedText& a, std::string_view b) { return a.str() + std::string(b); }
    friend std::string operator+(std::string_view a, const SharedText& b) { return std::string(a) + b.str(); }
    friend std::string operator+(const std::string& a, const SharedText& b) { return a + b.str(); }
    friend std::string operator+(const SharedText& a, const std::string& b) { return a.str() + b; }
    friend std::string operator+(const char* a, const SharedText& b) { return a + b.str(); }
    friend std::string operator+(const SharedText& a, const char* b) { return a.str() + b; }
    friend std::ostream& operator<<(std::ostream& out, const SharedText& text) { return out << text.str(); }

private:
    static const std::string& no_text()
    {
        static const std::string none;
        return none;
    }
    std::shared_ptr<const std::string> text_;
};

// Hands out one SharedText per distinct text: what a reader keeps its repeated names in.
class TextPool
{
public:
    SharedText get(std::string text)
    {
        if (text.empty())
            return {};
        auto [at, inserted] = texts_.try_emplace(std::move(text));
        if (inserted)
            at->second = at->first;
        return at->second;
    }

private:
    std::unordered_map<std::string, SharedText> texts_;
};

} // namespace sangkien::core
