using Consortium.Contracts.Security;
using Consortium.ServiceDefaults.Security;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Security;

public sealed class CrossDistrictReadAuditTests
{
    private static readonly Guid Own = Guid.CreateVersion7();
    private static readonly Guid Other = Guid.CreateVersion7();
    private static readonly Caller Staff = new("staff-1", new HashSet<string> { Roles.ConsortiumStaff }, null);
    private static readonly Caller Lead = new("lead-1", new HashSet<string> { Roles.DistrictLead }, Own);

    [Fact]
    public void A_read_inside_ones_own_district_is_not_recorded_but_staff_and_other_districts_are()
    {
        var log = new RecordingLogger();
        var record = Guid.CreateVersion7();

        CrossDistrictReadAudit.Read(log, Lead, "leader", record, Own, "full record");
        CrossDistrictReadAudit.Read(log, Lead, "leader", record, Other, "full record");
        CrossDistrictReadAudit.Read(log, Staff, "leader", record, Own, "full record");

        Assert.Equal(["lead-1", "staff-1"], log.Entries.Select(e => e.Values["Subject"]));
        Assert.All(log.Entries, e => Assert.Equal("CrossDistrictRead", e.EventName));
        Assert.Equal(Other.ToString(), log.Entries[0].Values["DistrictId"]);
        Assert.Equal(record.ToString(), log.Entries[0].Values["ResourceId"]);
    }

    [Fact]
    public void A_list_names_only_records_outside_the_callers_district_and_those_whose_district_is_hidden()
    {
        var log = new RecordingLogger();
        var (mine, theirs, hidden) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());

        CrossDistrictReadAudit.Listed(log, Lead, "submission", [(mine, Own), (theirs, Other), (hidden, null)]);
        CrossDistrictReadAudit.Listed(log, Lead, "submission", [(mine, Own)]);

        var entry = Assert.Single(log.Entries);
        Assert.Equal("CrossDistrictListed", entry.EventName);
        Assert.Equal(("2", $"{theirs},{hidden}"), (entry.Values["Count"], entry.Values["ResourceIds"]));
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<(string EventName, IReadOnlyDictionary<string, string?> Values)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((eventId.Name ?? string.Empty, state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(pair => pair.Key, pair => pair.Value?.ToString())
                : new Dictionary<string, string?>()));
    }
}
