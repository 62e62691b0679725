using System.Globalization;

namespace Consortium.FrontDoor;

/// <summary>
/// The program's options: <c>--sizes 1300,13000 --seconds 20 --readers 4 --writers 4
/// --writing-districts 100 --seed 14 --trace-sample-ratio 0.1 --output FILE</c>, and either <c>--start</c> (start the
/// platform on a fresh state folder, measuring cold start and memory) or <c>--state DIR</c>
/// (attach to a platform scripts/start.sh runs on that folder).
/// </summary>
internal sealed record FrontDoorOptions(
    IReadOnlyList<int> Sizes,
    TimeSpan Duration,
    int Readers,
    int Writers,
    int WritingDistricts,
    int Seed,
    string Output,
    bool Start,
    string? StateDirectory,
    double TraceSampleRatio)
{
    /// <summary>How the started platform samples traces, as the report says it.</summary>
    public string TraceSampling => TraceSampleRatio >= 1
        ? "every trace kept, as scripts/start.sh does"
        : FormattableString.Invariant($"traces sampled at {TraceSampleRatio:0.###} of requests (OTEL_TRACES_SAMPLER=parentbased_traceidratio), as a production deployment would; metrics and logs whole");

    public static FrontDoorOptions Parse(IReadOnlyList<string> arguments)
    {
        string? Value(string name)
        {
            var at = arguments.ToList().IndexOf(name);
            return at >= 0 && at + 1 < arguments.Count ? arguments[at + 1] : null;
        }

        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        return new FrontDoorOptions(
            (Value("--sizes") ?? "1300,13000").Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToList(),
            TimeSpan.FromSeconds(Number("--seconds", 20)),
            Number("--readers", 4),
            Number("--writers", 4),
            Number("--writing-districts", 100),
            Number("--seed", 14),
            Value("--output") ?? "artifacts/performance/front-door-latest.md",
            arguments.Contains("--start"),
            Value("--state"),
            Value("--trace-sample-ratio") is { } ratio ? double.Parse(ratio, CultureInfo.InvariantCulture) : 0.1);
    }
}
