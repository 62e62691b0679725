using Consortium.Testing;
using Xunit;

// One private PostgreSQL, RabbitMQ and Redis for this whole test assembly; tests isolate by database, vhost and key prefix.
[assembly: AssemblyFixture(typeof(TestInfrastructure))]
