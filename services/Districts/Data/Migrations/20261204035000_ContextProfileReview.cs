using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Districts.Data.Migrations
{
    /// <inheritdoc />
    public partial class ContextProfileReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "review_status",
                table: "context_profiles",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Accepted");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reviewed_at",
                table: "context_profiles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reviewer_comments",
                table: "context_profiles",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_context_profiles_review_status_updated_at",
                table: "context_profiles",
                columns: new[] { "review_status", "updated_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_context_profiles_review_status_updated_at",
                table: "context_profiles");

            migrationBuilder.DropColumn(
                name: "review_status",
                table: "context_profiles");

            migrationBuilder.DropColumn(
                name: "reviewed_at",
                table: "context_profiles");

            migrationBuilder.DropColumn(
                name: "reviewer_comments",
                table: "context_profiles");
        }
    }
}
