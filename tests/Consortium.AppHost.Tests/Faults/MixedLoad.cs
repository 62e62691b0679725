using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Insights.V1;
using Consortium.Contracts.Pipeline.V1;
using Consortium.Contracts.Submissions.V1;
using Consortium.Contracts.Topics.V1;
using Grpc.Core;

namespace Consortium.AppHost.Tests.Faults;

/// <summary>
/// A steady, bounded mix of calls as staff, one caller at a time per stream: profile updates
/// (Districts → DistrictProfileUpdated → Insights) and leader enrollments (Pipeline →
/// LeaderEnrolled → Insights), each retried with the same request id until it is accepted, as a
/// careful client would; and reads over every service (comparisons, bench strength, lists).
/// Every call is logged with its status; accepted writes go into the consortium's ledger.
/// Stopping lets a write in progress finish (so the ledger knows whether it was accepted).
/// </summary>
internal sealed class MixedLoad
{
    /// <summary>The calls the load makes; a service is back for clients when each has succeeded again.</summary>
    public static readonly string[] CallNames =
    [
        "UpsertContextProfile", "EnrollLeader",
        "CompareContext", "GetBenchStrength", "ListDistricts", "ListLeaders", "ListCycles", "ListSubmissions",
    ];

    private static readonly TimeSpan s_callDeadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_pause = TimeSpan.FromMilliseconds(100);

    // After a failure a client waits as the RetryInfo hint says, shortened so the outage is measured finely.
    private static readonly TimeSpan s_pauseAfterFailure = TimeSpan.FromMilliseconds(250);

    private readonly FaultConsortium _consortium;
    private readonly CallLog _log;
    private readonly List<Task> _streams = [];
    private volatile bool _stopping;

    private MixedLoad(FaultConsortium consortium, CallLog log)
    {
        _consortium = consortium;
        _log = log;
    }

    public static MixedLoad Start(FaultConsortium consortium, CallLog log)
    {
        var load = new MixedLoad(consortium, log);
        load._streams.Add(Task.Run(load.UpdateProfilesAsync));
        load._streams.Add(Task.Run(load.EnrollLeadersAsync));
        load._streams.Add(Task.Run(load.ReadAsync));
        return load;
    }

    public async Task StopAsync()
    {
        _stopping = true;
        await Task.WhenAll(_streams);
    }

    private async Task UpdateProfilesAsync()
    {
        for (var turn = 0; !_stopping; turn++)
        {
            var districtId = _consortium.DistrictIds[turn % _consortium.DistrictIds.Count];
            var request = _consortium.ProfileUpdate(districtId, Guid.NewGuid().ToString(), out var enrollment);
            if (await UntilAcceptedAsync("UpsertContextProfile", options => _consortium.Districts.UpsertContextProfileAsync(request, options)) is not null)
            {
                _consortium.RecordEnrollment(districtId, enrollment);
            }

            await Task.Delay(s_pause);
        }
    }

    private async Task EnrollLeadersAsync()
    {
        for (var turn = 0; !_stopping; turn++)
        {
            var districtId = _consortium.DistrictIds[turn % _consortium.DistrictIds.Count];
            var request = _consortium.Enrollment(districtId, Guid.NewGuid().ToString());
            if (await UntilAcceptedAsync("EnrollLeader", options => _consortium.Pipeline.EnrollLeaderAsync(request, options)) is { } leader)
            {
                _consortium.RecordLeader(districtId, leader.LeaderId);
            }

            await Task.Delay(s_pause);
        }
    }

    private async Task ReadAsync()
    {
        for (var turn = 0; !_stopping; turn++)
        {
            var districtId = _consortium.DistrictIds[turn % _consortium.DistrictIds.Count];
            var succeeded = (turn % 6) switch
            {
                0 => await CallAsync(CallKind.Read, "CompareContext", options => _consortium.Insights.CompareContextAsync(new CompareContextRequest { DistrictId = districtId }, options)) is not null,
                1 => await CallAsync(CallKind.Read, "GetBenchStrength", options => _consortium.Insights.GetBenchStrengthAsync(new GetBenchStrengthRequest(), options)) is not null,
                2 => await CallAsync(CallKind.Read, "ListDistricts", options => _consortium.Districts.ListDistrictsAsync(new ListDistrictsRequest { PageSize = 50 }, options)) is not null,
                3 => await CallAsync(CallKind.Read, "ListLeaders", options => _consortium.Pipeline.ListLeadersAsync(new ListLeadersRequest { DistrictId = districtId, PageSize = 20 }, options)) is not null,
                4 => await CallAsync(CallKind.Read, "ListCycles", options => _consortium.Topics.ListCyclesAsync(new ListCyclesRequest { PageSize = 20 }, options)) is not null,
                _ => await CallAsync(CallKind.Read, "ListSubmissions", options => _consortium.Submissions.ListSubmissionsAsync(new ListSubmissionsRequest { PageSize = 20 }, options)) is not null,
            };
            await Task.Delay(succeeded ? s_pause : s_pauseAfterFailure);
        }
    }

    /// <summary>
    /// Sends one write until it is accepted, with the same request id each time (a retry after a
    /// lost answer must not create a second one). Only a status other than UNAVAILABLE ends it
    /// unaccepted (the suite fails on that status). It goes on after the load is asked to stop: an
    /// unfinished write would leave the ledger unsure whether it was accepted.
    /// </summary>
    private async Task<T?> UntilAcceptedAsync<T>(string name, Func<CallOptions, AsyncUnaryCall<T>> call)
        where T : class
    {
        while (true)
        {
            var started = DateTimeOffset.UtcNow;
            var (result, status) = await AttemptAsync(CallKind.Write, name, call, started);
            if (result is not null || status != StatusCode.Unavailable)
            {
                return result;
            }

            await Task.Delay(s_pauseAfterFailure);
        }
    }

    private async Task<T?> CallAsync<T>(CallKind kind, string name, Func<CallOptions, AsyncUnaryCall<T>> call)
        where T : class =>
        (await AttemptAsync(kind, name, call, DateTimeOffset.UtcNow)).Result;

    private async Task<(T? Result, StatusCode Status)> AttemptAsync<T>(CallKind kind, string name, Func<CallOptions, AsyncUnaryCall<T>> call, DateTimeOffset started)
        where T : class
    {
        // No cancellation token: a call cut short by the test would be CANCELLED, which is not the platform's answer.
        var options = new CallOptions(_consortium.Staff, DateTime.UtcNow + s_callDeadline);
        try
        {
            var result = await call(options);
            _log.Add(new CallRecord(kind, name, started, DateTimeOffset.UtcNow, StatusCode.OK, string.Empty));
            return (result, StatusCode.OK);
        }
        catch (RpcException exception)
        {
            var status = ClientStatus.Of(exception);
            _log.Add(new CallRecord(kind, name, started, DateTimeOffset.UtcNow, status, exception.Status.Detail));
            return (null, status);
        }
    }
}
