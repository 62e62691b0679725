namespace Consortium.ServiceDefaults.Domain;

/// <summary>
/// One thing wrong with one input field. <see cref="Field"/> is the field's path as the API
/// names it (snake_case, dots into nested messages, e.g. <c>profile.pct_english_learners</c>),
/// so a client can put the message next to the right input.
/// </summary>
public sealed record FieldViolation(string Field, string Description);
