using Consortium.FrontDoor.Measuring;
using Xunit;

namespace Consortium.AppHost.Tests;

/// <summary>The harness's one-line form of a statement keeps what tells queries apart.</summary>
public sealed class FrontDoorStatementTests
{
    [Fact]
    public void A_select_loses_its_column_lists_but_keeps_what_a_subquery_computes()
    {
        var statement = """
            SELECT s0.id, s0.content, k3.id, k3.name
            FROM (
                SELECT s.id, s.content FROM submissions AS s WHERE s.id = $1 LIMIT $2
            ) AS s0
            LEFT JOIN (
                SELECT k.id, k.name, ROW_NUMBER() OVER(PARTITION BY k.id ORDER BY k.id) AS row FROM known_districts AS k
            ) AS k3 ON s0.district_id = k3.id
            """;

        Assert.Equal(
            "SELECT … FROM ( SELECT … FROM submissions AS s WHERE s.id = $1 LIMIT $2 ) AS s0 LEFT JOIN ( "
                + "SELECT k.id, k.name, ROW_NUMBER() OVER(PARTITION BY k.id ORDER BY k.id) AS row FROM known_districts AS k ) AS k3 ON s0.district_id = k3.id",
            DatabaseStatements.Shorten(statement, length: 400));
    }

    [Fact]
    public void A_long_statement_is_cut_with_an_ellipsis()
    {
        var shortened = DatabaseStatements.Shorten("INSERT INTO outbox_messages (id, body) VALUES ($1, $2)", length: 20);

        Assert.Equal("INSERT INTO outbox_…", shortened);
    }
}
