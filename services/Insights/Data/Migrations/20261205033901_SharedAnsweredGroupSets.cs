using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Insights.Data.Migrations
{
    /// <inheritdoc />
    public partial class SharedAnsweredGroupSets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "own",
                table: "answered_groups",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "set_key",
                table: "answered_groups",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "answered_group_sets",
                columns: table => new
                {
                    set_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    members = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    shown = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_answered_group_sets", x => x.set_key);
                });

            migrationBuilder.CreateIndex(
                name: "ix_answered_groups_set_key",
                table: "answered_groups",
                column: "set_key");

            migrationBuilder.AddForeignKey(
                name: "fk_answered_groups_answered_group_sets_set_key",
                table: "answered_groups",
                column: "set_key",
                principalTable: "answered_group_sets",
                principalColumn: "set_key",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_answered_groups_answered_group_sets_set_key",
                table: "answered_groups");

            migrationBuilder.DropTable(
                name: "answered_group_sets");

            migrationBuilder.DropIndex(
                name: "ix_answered_groups_set_key",
                table: "answered_groups");

            migrationBuilder.DropColumn(
                name: "own",
                table: "answered_groups");

            migrationBuilder.DropColumn(
                name: "set_key",
                table: "answered_groups");
        }
    }
}
