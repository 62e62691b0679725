using System.Runtime.Versioning;
using Consortium.Testing;

[assembly: AssemblyFixture(typeof(TestInfrastructure))]

// These tests exercise the local servers, which run on Linux only.
[assembly: SupportedOSPlatform("linux")]
