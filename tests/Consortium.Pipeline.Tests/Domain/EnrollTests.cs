using Consortium.Pipeline.Domain;
using Consortium.Testing.Domain;
using Xunit;

namespace Consortium.Pipeline.Tests.Domain;

public sealed class EnrollTests
{
    [Fact]
    public void Enrolling_records_the_first_stage_entry_and_starts_at_version_1()
    {
        var leader = Sample.Leader();

        Assert.Equal(LeaderStatus.Active, leader.Status);
        Assert.Equal(1, leader.Version);
        var entry = Assert.Single(leader.StageHistory);
        Assert.Null(entry.From);
        Assert.Equal(PipelineStage.Emerging, entry.To);
        Assert.Equal(new DateOnly(2024, 8, 1), leader.StageStartedOn);
        Assert.Equal("lead-1", entry.ChangedBy);
    }

    [Fact]
    public void Every_bad_field_is_reported_at_once()
    {
        Expect.Violations(
            () => Leader.Enroll(Sample.District, " ", "not-an-email", "janitor", null, null, Sample.Today.AddDays(1), null, Sample.Roles, "lead-1", Sample.Now),
            LeaderFields.Name, LeaderFields.Email, LeaderFields.RoleCode, LeaderFields.RoleStartedOn, LeaderFields.Stage, LeaderFields.StageStartedOn);
    }

    [Fact]
    public void A_start_date_in_the_future_is_refused()
    {
        Expect.Violation(
            () => Leader.Enroll(Sample.District, "Sam Lee", null, "principal", Sample.Today.AddDays(1), PipelineStage.Aspiring, null, null, Sample.Roles, "lead-1", Sample.Now),
            LeaderFields.RoleStartedOn);
    }

    [Fact]
    public void Role_codes_are_matched_case_insensitively_and_stored_lowercase()
    {
        var leader = Leader.Enroll(Sample.District, "Sam Lee", "", " Principal ", Sample.Today, PipelineStage.Aspiring, null, " ", Sample.Roles, "lead-1", Sample.Now);

        Assert.Equal("principal", leader.RoleCode);
        Assert.Null(leader.Email);
        Assert.Null(leader.LeaderSubject);
    }

    [Theory]
    [InlineData("dean-of-students", true)]
    [InlineData("Dean Of Students", false)]
    [InlineData("x", false)]
    [InlineData("-lead", false)]
    public void Staff_added_role_codes_are_kebab_case(string code, bool valid)
    {
        if (valid)
        {
            Assert.Equal(code, LeaderRole.Create(code, "Dean of students", 90).Code);
        }
        else
        {
            Expect.Violation(() => LeaderRole.Create(code, "Dean of students", 90), "code");
        }
    }
}
