using System.Globalization;

namespace Consortium.LoadGenerator;

/// <summary>
/// Command line: <c>--districts 1300,13000 --calls 500 --scenario-seconds 120 --freshness 20 --revisions 2000 --output FILE --timeout-minutes 60</c>.
/// The first size is the baseline every ratio is taken against.
/// </summary>
public sealed record LoadOptions(IReadOnlyList<int> Districts, int Calls, TimeSpan ScenarioBudget, int FreshnessSamples, string Output, TimeSpan Timeout, int Revisions)
{
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions([1_300, 13_000], 500, TimeSpan.FromSeconds(120), 20, "artifacts/performance/insights-latest.md", TimeSpan.FromMinutes(60), 2_000);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--districts" => options with { Districts = [.. value.Split(',').Select(Positive)] },
                "--calls" => options with { Calls = Positive(value) },
                "--scenario-seconds" => options with { ScenarioBudget = TimeSpan.FromSeconds(Positive(value)) },
                "--freshness" => options with { FreshnessSamples = Positive(value) },
                "--revisions" => options with { Revisions = Positive(value) },
                "--output" => options with { Output = value },
                "--timeout-minutes" => options with { Timeout = TimeSpan.FromMinutes(Positive(value)) },
                _ => throw new ArgumentException($"Unknown option {args[i]}; see LoadOptions."),
            };
            i++;
        }

        return options;
    }

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"'{text}' is not a positive whole number.");
}
