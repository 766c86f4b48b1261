// `sangkien sample -n N -o FILE`: a realistic district workbook (flat ODS) for trying the
// extension, for the tests and for the benchmarks.
#include <fstream>
#include <iostream>
#include <stdexcept>

#include "cli.hxx"
#include "sangkien/core/sample.hxx"

namespace sangkien::cli {

int run_sample(const Options& options, core::Language language)
{
    const std::size_t rows = options.rows.value_or(1000);
    const std::size_t limit = core::max_sample_initiatives(!options.clean);
    if (rows == 0 || rows > limit)
        throw std::invalid_argument(core::format(language, "cli.error.row_limit",
                                                 {std::to_string(rows), std::to_string(limit)}));
    if (!options.output)
        throw std::invalid_argument(core::format(language, "cli.error.missing_value", {"-o"}));
    const core::SampleWorkbook sample = core::generate_sample({rows, options.seed, !options.clean});
    std::ofstream out(*options.output, std::ios::binary);
    if (out)
        core::write_fods(sample, out);
    out.close();
    if (!out)
    {
        std::cerr << core::format(language, "cli.error.write", {options.output->string()}) << "\n";
        return 1;
    }
    std::cout << core::format(language, "cli.sample.written", {std::to_string(rows), options.output->string()}) << "\n";
    return 0;
}

} // namespace sangkien::cli
