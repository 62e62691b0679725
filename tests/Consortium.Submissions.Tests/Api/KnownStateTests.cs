using Consortium.Submissions.Api;
using Consortium.Submissions.Domain;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Consortium.Submissions.Tests.Api;

/// <summary>
/// Every change to a submission first finds it with what the service knows of its district,
/// cycle and topic. That lookup must cost the same for a consortium of ten districts as for a
/// state of thirteen thousand: it reads its own district's copy, not every district's.
/// </summary>
public sealed class KnownStateTests(SubmissionsServiceFixture fixture) : IClassFixture<SubmissionsServiceFixture>
{
    private const int OtherDistricts = 2_000;

    [Fact]
    public async Task Finding_a_submission_reads_its_own_districts_copy_not_every_districts()
    {
        var (districtId, topic, draft) = await fixture.DraftAsync();
        var submissionId = Guid.Parse(draft.SubmissionId);

        var (found, districtRowsRead) = await fixture.QueryAsync(async db =>
        {
            // Inside one transaction, rolled back: the other tests never see these districts, and
            // PostgreSQL's per-transaction counters tell exactly what this lookup read.
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            db.Districts.AddRange(Enumerable.Range(0, OtherDistricts).Select(_ => new KnownDistrict(Guid.CreateVersion7())));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            db.ChangeTracker.Clear();

            var before = await DistrictRowsReadAsync(db);
            var found = await KnownState.FindAsync(db, db.Submissions, submissionId, TestContext.Current.CancellationToken);
            var read = await DistrictRowsReadAsync(db) - before;
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
            return (found, read);
        });

        Assert.NotNull(found);
        var (submission, known) = found.Value;
        Assert.Equal(
            (submissionId, districtId, topic.CycleId, topic.TopicId),
            (submission.Id, known.District?.Id, known.Cycle?.Id, known.Topic?.Id));
        Assert.InRange(districtRowsRead, 0, 2);
    }

    [Fact]
    public async Task A_submission_whose_copies_have_not_arrived_is_found_without_them()
    {
        var (_, _, draft) = await fixture.DraftAsync();
        var submissionId = Guid.Parse(draft.SubmissionId);

        var found = await fixture.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"DELETE FROM known_districts WHERE id = (SELECT district_id FROM submissions WHERE id = {submissionId})",
                TestContext.Current.CancellationToken);
            var found = await KnownState.FindAsync(db, db.Submissions.AsNoTracking(), submissionId, TestContext.Current.CancellationToken);
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
            return found;
        });

        Assert.NotNull(found);
        Assert.Null(found.Value.Known.District);
        Assert.NotNull(found.Value.Known.Topic);
    }

    // Rows of the district copies this transaction has read so far, by any scan.
    private static async Task<long> DistrictRowsReadAsync(Data.SubmissionsDbContext db) =>
        await db.Database.SqlQuery<long>($"""
            SELECT coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) AS "Value"
            FROM pg_stat_xact_user_tables WHERE relname = 'known_districts'
            """).SingleAsync(TestContext.Current.CancellationToken);
}
