using Xunit;

// Each test runs a whole platform (three servers, every service); two at once on a small machine
// would measure contention, not behaviour.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

// The platform's servers run from Debian's packages.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
