namespace Consortium.Insights.Data.ReadModel;

/// <summary>
/// The one rule every local copy follows (ADR 6): an event is applied only when its version is
/// newer than the version the copy already holds. Events arrive twice or out of order; a stale or
/// repeated one must change nothing, and a copy never goes back in time. Rows call this before
/// changing anything, so no consumer repeats the rule.
/// </summary>
public static class Versions
{
    public static bool IsNewer(int incoming, int held) => incoming > held;
}
