using Consortium.Contracts.Topics.V1;
using Google.Protobuf.WellKnownTypes;

namespace Consortium.Web.Services;

/// <summary>
/// A cycle as staff schedule it: school year, half, name, meeting day and the submission window
/// (days and times in UTC, as the service keeps them). The service checks every rule (one cycle
/// per half, the window's order, the meeting after the window) and names the fields.
/// </summary>
public sealed class CycleForm
{
    public static readonly string[] Fields = ["school_year", "half", "name", "meeting_date", "submission_opens_at", "submission_closes_at"];

    public string SchoolYear { get; set; } = "";

    public SchoolYearHalf Half { get; set; } = SchoolYearHalf.First;

    public string Name { get; set; } = "";

    public DateTime? MeetingDate { get; set; }

    public DateTime? OpensOn { get; set; }

    /// <summary>The time of day the window opens (UTC); midnight when not chosen.</summary>
    public TimeSpan? OpensAt { get; set; }

    public DateTime? ClosesOn { get; set; }

    /// <summary>The time of day the window closes (UTC); one minute before midnight when not chosen, so the last day counts.</summary>
    public TimeSpan? ClosesAt { get; set; }

    /// <summary>A scheduled cycle's fields, to change them while it is planned.</summary>
    public static CycleForm From(Cycle cycle)
    {
        var opens = cycle.SubmissionOpensAt?.ToDateTime();
        var closes = cycle.SubmissionClosesAt?.ToDateTime();
        return new CycleForm
        {
            SchoolYear = cycle.SchoolYear,
            Half = cycle.Half,
            Name = cycle.Name,
            MeetingDate = cycle.MeetingDate is { Year: > 0 } meeting ? new DateTime(meeting.Year, meeting.Month, meeting.Day, 0, 0, 0, DateTimeKind.Utc) : null,
            OpensOn = opens?.Date,
            OpensAt = opens?.TimeOfDay,
            ClosesOn = closes?.Date,
            ClosesAt = closes?.TimeOfDay,
        };
    }

    /// <summary>
    /// The change, under the version the form was opened at (ABORTED if someone changed the cycle
    /// since). Every field the form shows is sent; an emptied meeting day is left as it was, since
    /// the service changes only fields that are set.
    /// </summary>
    public UpdateCycleRequest ToUpdate(Cycle cycle)
    {
        var request = new UpdateCycleRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            CycleId = cycle.CycleId,
            ExpectedVersion = cycle.Version,
            Name = Name.Trim(),
            SchoolYear = SchoolYear.Trim(),
            Half = Half,
            SubmissionOpensAt = At(OpensOn, OpensAt ?? TimeSpan.Zero),
            SubmissionClosesAt = At(ClosesOn, ClosesAt ?? new TimeSpan(23, 59, 0)),
        };
        if (MeetingDate is { } meeting)
        {
            request.MeetingDate = new Google.Type.Date { Year = meeting.Year, Month = meeting.Month, Day = meeting.Day };
        }

        return request;
    }

    public CreateCycleRequest ToRequest()
    {
        var request = new CreateCycleRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            SchoolYear = SchoolYear.Trim(),
            Half = Half,
            Name = Name.Trim(),
            SubmissionOpensAt = At(OpensOn, OpensAt ?? TimeSpan.Zero),
            SubmissionClosesAt = At(ClosesOn, ClosesAt ?? new TimeSpan(23, 59, 0)),
        };
        if (MeetingDate is { } meeting)
        {
            request.MeetingDate = new Google.Type.Date { Year = meeting.Year, Month = meeting.Month, Day = meeting.Day };
        }

        return request;
    }

    /// <summary>Unset when no day is chosen: the service then says the window needs it.</summary>
    private static Timestamp? At(DateTime? day, TimeSpan time) =>
        day is { } date ? Timestamp.FromDateTime(DateTime.SpecifyKind(date.Date + time, DateTimeKind.Utc)) : null;
}
