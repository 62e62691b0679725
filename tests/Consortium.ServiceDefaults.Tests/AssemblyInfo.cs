using Consortium.Testing;
using Xunit;

[assembly: AssemblyFixture(typeof(TestInfrastructure))]
