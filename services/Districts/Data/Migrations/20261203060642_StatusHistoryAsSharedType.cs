using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Districts.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatusHistoryAsSharedType : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // No schema change: the status history entries became one shared type
            // (ServiceDefaults' StatusChange<TStatus>) with the same tables and columns; this
            // migration records the model under its new type names.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
