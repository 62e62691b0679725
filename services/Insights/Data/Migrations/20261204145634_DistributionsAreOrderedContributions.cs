using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Insights.Data.Migrations
{
    /// <inheritdoc />
    public partial class DistributionsAreOrderedContributions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "target_distributions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "target_distributions",
                columns: table => new
                {
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    district_count = table.Column<int>(type: "integer", nullable: false),
                    measure_type = table.Column<int>(type: "integer", nullable: false),
                    sorted_values = table.Column<decimal[]>(type: "numeric[]", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    yes_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_target_distributions", x => x.target_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_target_distributions_cycle_id",
                table: "target_distributions",
                column: "cycle_id");
        }
    }
}
