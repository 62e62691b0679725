using Consortium.Pipeline.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Pipeline.Tests.Domain;

public sealed class ReadinessTests
{
    [Fact]
    public void Assessments_are_kept_as_history()
    {
        var leader = Sample.Leader();

        leader.AssessReadiness("principal", ReadinessLevel.ReadyIn1To2Years, "Dr. Kim, principal supervisor", new DateOnly(2025, 6, 1), null, Sample.Roles, "lead-1", Sample.Now);
        var latest = leader.AssessReadiness("principal", ReadinessLevel.ReadyNow, "Dr. Kim, principal supervisor", null, "Led summer school well", Sample.Roles, "lead-1", Sample.Now);

        Assert.Equal(2, leader.Readiness.Count);
        Assert.Equal(Sample.Today, latest.AssessedOn);
        Assert.Equal(3, leader.Version);
    }

    [Fact]
    public void Unknown_role_missing_level_and_assessor_and_a_future_date_are_all_reported()
    {
        var leader = Sample.Leader();

        Expect.Violations(
            () => leader.AssessReadiness("astronaut", null, "", Sample.Today.AddDays(2), new string('x', Leader.NoteMaxLength + 1), Sample.Roles, "lead-1", Sample.Now),
            LeaderFields.TargetRoleCode, "level", LeaderFields.Assessor, LeaderFields.AssessedOn, LeaderFields.Note);
    }
}
