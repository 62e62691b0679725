using Xunit;

namespace Consortium.AppHost.Tests.Faults;

/// <summary>
/// The fault suite's own collection: it kills servers and services of the platform it started,
/// so nothing else may run beside it (the assembly already runs one test at a time; this says so
/// where the suite is declared, should that ever change).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultSuiteCollection
{
    public const string Name = "Fault suite";
}
