// Filling a Writer document made from one of our templates with core::FillData, by the rules of
// core/template_fill.hxx: table rows with list markers are repeated (one insertByIndex and one
// setDataArray per list), {{#neu}}/{{#khong}} blocks kept or removed as whole paragraphs, value
// markers replaced where they stand (keeping their formatting), prompts highlighted, and broken
// markers replaced by a red note. Also: loading a template safely and storing the result.
#pragma once

#include <functional>

#include <string>
#include <vector>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/documents/template_fill.hxx"
#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

// A new untitled document from a template, hidden, macros never run. Throws UserError when the
// template cannot be loaded.
css::uno::Reference<css::lang::XComponent> load_template(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                         const rtl::OUString& url, core::Language language);

// How far a fill is, from 0 to 1: by phase (tables, blocks, charts, values) and, in the tables,
// by list rows.
using FillProgress = std::function<void(double)>;

// Fills the document; returns the problems found (one sentence each; every one is also marked
// in the document).
std::vector<std::string> fill_writer_document(const css::uno::Reference<css::lang::XComponent>& document,
                                              const core::FillData& data, core::Language language,
                                              const FillProgress& progress = {});

// Stores a copy as "odt", "docx" or "pdf" at a file URL.
void store_document(const css::uno::Reference<css::lang::XComponent>& document, const rtl::OUString& url,
                    const std::string& format);

// Closes a document (ignoring a veto from a listener that went away).
void close_document(const css::uno::Reference<css::lang::XComponent>& document);

} // namespace sangkien::uno
