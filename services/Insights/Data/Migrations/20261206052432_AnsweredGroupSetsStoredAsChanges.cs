using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Insights.Data.Migrations
{
    /// <inheritdoc />
    public partial class AnsweredGroupSetsStoredAsChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "base_key",
                table: "answered_group_sets",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "depth",
                table: "answered_group_sets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid[]>(
                name: "members_added",
                table: "answered_group_sets",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]");

            migrationBuilder.AddColumn<Guid[]>(
                name: "members_removed",
                table: "answered_group_sets",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]");

            migrationBuilder.AddColumn<Guid[]>(
                name: "shown_added",
                table: "answered_group_sets",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]");

            migrationBuilder.AddColumn<Guid[]>(
                name: "shown_removed",
                table: "answered_group_sets",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]");

            migrationBuilder.CreateIndex(
                name: "ix_answered_group_sets_base_key",
                table: "answered_group_sets",
                column: "base_key");

            migrationBuilder.AddForeignKey(
                name: "fk_answered_group_sets_answered_group_sets_base_key",
                table: "answered_group_sets",
                column: "base_key",
                principalTable: "answered_group_sets",
                principalColumn: "set_key",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_answered_group_sets_answered_group_sets_base_key",
                table: "answered_group_sets");

            migrationBuilder.DropIndex(
                name: "ix_answered_group_sets_base_key",
                table: "answered_group_sets");

            migrationBuilder.DropColumn(
                name: "base_key",
                table: "answered_group_sets");

            migrationBuilder.DropColumn(
                name: "depth",
                table: "answered_group_sets");

            migrationBuilder.DropColumn(
                name: "members_added",
                table: "answered_group_sets");

            migrationBuilder.DropColumn(
                name: "members_removed",
                table: "answered_group_sets");

            migrationBuilder.DropColumn(
                name: "shown_added",
                table: "answered_group_sets");

            migrationBuilder.DropColumn(
                name: "shown_removed",
                table: "answered_group_sets");
        }
    }
}
