using Consortium.ServiceDefaults.Data;
using Consortium.ServiceDefaults.Tests.Messaging;
using Consortium.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Data;

/// <summary>How every service's DbContext talks to PostgreSQL (ADR 30).</summary>
public sealed class DatabaseDefaultsTests(TestInfrastructure servers)
{
    [Fact]
    public void Statements_are_prepared_unless_the_connection_string_says_otherwise()
    {
        Assert.Equal(64, new NpgsqlConnectionStringBuilder(DatabaseExtensions.WithPreparedStatements("Host=db;Database=d")).MaxAutoPrepare);
        Assert.Equal(5, new NpgsqlConnectionStringBuilder(DatabaseExtensions.WithPreparedStatements("Host=db;Database=d;Max Auto Prepare=5")).MaxAutoPrepare);
    }

    [Fact]
    public async Task A_save_inside_a_transaction_of_ours_takes_no_savepoint_and_commits_with_it()
    {
        var options = new DbContextOptionsBuilder<InboxTestDbContext>();
        DatabaseExtensions.Configure(options, await servers.CreateDatabaseAsync("database_defaults"));
        await using (var setup = new InboxTestDbContext(options.Options))
        {
            await setup.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        }

        await using var db = new InboxTestDbContext(options.Options);
        Assert.True(db.Database.AutoSavepointsEnabled); // EF Core's default, until a transaction starts
        await using (var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            Assert.False(db.Database.AutoSavepointsEnabled);
            db.AppliedEvents.Add(new AppliedEvent { Id = Guid.CreateVersion7(), EventId = Guid.CreateVersion7() });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(1, await db.AppliedEvents.CountAsync(TestContext.Current.CancellationToken));
    }
}
