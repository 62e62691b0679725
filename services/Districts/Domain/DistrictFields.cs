namespace Consortium.Districts.Domain;

/// <summary>
/// The API field names district violations are reported against (snake_case, as in the
/// proto), kept in one place so the gRPC layer and tests cannot drift from the domain.
/// </summary>
public static class DistrictFields
{
    public const string Name = "name";
    public const string NcesLeaId = Domain.NcesLeaId.DefaultField;
    public const string State = UsState.DefaultField;
    public const string LocaleCode = Domain.LocaleCode.DefaultField;
    public const string SharingPreference = "sharing_preference";
    public const string Contacts = BenchmarkContactList.DefaultField;
    public const string EffectiveOn = "effective_on";
    public const string Reason = "reason";
}
