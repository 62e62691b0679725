using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Consortium.Insights.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "answered_groups",
                columns: table => new
                {
                    viewer_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    members = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_answered_groups", x => new { x.viewer_key, x.cycle_id, x.target_id, x.group_key });
                });

            migrationBuilder.CreateTable(
                name: "contributions",
                columns: table => new
                {
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    district_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    topic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    target_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    value = table.Column<decimal>(type: "numeric", nullable: false),
                    visibility = table.Column<int>(type: "integer", nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contributions", x => new { x.target_id, x.district_id });
                });

            migrationBuilder.CreateTable(
                name: "cycles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_year = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    half = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    submission_opens_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submission_closes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    results_published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cycle_version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cycles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "district_profiles",
                columns: table => new
                {
                    district_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_year = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    profile_version = table.Column<int>(type: "integer", nullable: false),
                    enrollment = table.Column<int>(type: "integer", nullable: false),
                    school_count = table.Column<int>(type: "integer", nullable: false),
                    pct_economically_disadvantaged = table.Column<decimal>(type: "numeric", nullable: false),
                    pct_english_learners = table.Column<decimal>(type: "numeric", nullable: false),
                    pct_students_with_disabilities = table.Column<decimal>(type: "numeric", nullable: false),
                    teacher_fte = table.Column<decimal>(type: "numeric", nullable: false),
                    culture_constructs = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_district_profiles", x => new { x.district_id, x.school_year });
                });

            migrationBuilder.CreateTable(
                name: "districts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    nces_lea_id = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    state = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    locale_code = table.Column<int>(type: "integer", nullable: false),
                    membership_status = table.Column<int>(type: "integer", nullable: false),
                    sharing_preference = table.Column<int>(type: "integer", nullable: false),
                    district_version = table.Column<int>(type: "integer", nullable: false),
                    joined = table.Column<bool>(type: "boolean", nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: true),
                    details_version = table.Column<int>(type: "integer", nullable: false),
                    membership_version = table.Column<int>(type: "integer", nullable: false),
                    sharing_version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_districts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "jsonb", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    trace_state = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "pipeline_leaders",
                columns: table => new
                {
                    leader_id = table.Column<Guid>(type: "uuid", nullable: false),
                    district_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    stage = table.Column<int>(type: "integer", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    leader_version = table.Column<int>(type: "integer", nullable: false),
                    role_version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pipeline_leaders", x => x.leader_id);
                });

            migrationBuilder.CreateTable(
                name: "pipeline_readiness",
                columns: table => new
                {
                    leader_id = table.Column<Guid>(type: "uuid", nullable: false),
                    target_role_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    leader_version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pipeline_readiness", x => new { x.leader_id, x.target_role_code });
                });

            migrationBuilder.CreateTable(
                name: "processed_requests",
                columns: table => new
                {
                    caller = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    request_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    operation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    request_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    response = table.Column<byte[]>(type: "bytea", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_processed_requests", x => new { x.caller, x.request_id });
                });

            migrationBuilder.CreateTable(
                name: "read_audits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    caller_role = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    caller_district_id = table.Column<Guid>(type: "uuid", nullable: true),
                    operation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: true),
                    topic_id = table.Column<Guid>(type: "uuid", nullable: true),
                    target_id = table.Column<Guid>(type: "uuid", nullable: true),
                    revealed_district_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    aggregate_district_count = table.Column<int>(type: "integer", nullable: true),
                    trace_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_read_audits", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    district_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    topic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    submission_version = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    visibility = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    narrative = table.Column<string>(type: "text", nullable: false),
                    implementation_stage = table.Column<int>(type: "integer", nullable: true),
                    evidence_links = table.Column<List<string>>(type: "text[]", nullable: false),
                    contact_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    contact_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    values = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "succession_coverage",
                columns: table => new
                {
                    district_id = table.Column<Guid>(type: "uuid", nullable: false),
                    critical_role_count = table.Column<int>(type: "integer", nullable: false),
                    covered_role_count = table.Column<int>(type: "integer", nullable: false),
                    coverage_version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_succession_coverage", x => x.district_id);
                });

            migrationBuilder.CreateTable(
                name: "target_distributions",
                columns: table => new
                {
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    measure_type = table.Column<int>(type: "integer", nullable: false),
                    district_count = table.Column<int>(type: "integer", nullable: false),
                    sorted_values = table.Column<decimal[]>(type: "numeric[]", nullable: false),
                    yes_count = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_target_distributions", x => x.target_id);
                });

            migrationBuilder.CreateTable(
                name: "targets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    topic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    definition = table.Column<string>(type: "text", nullable: false),
                    measure_type = table.Column<int>(type: "integer", nullable: false),
                    unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    direction = table.Column<int>(type: "integer", nullable: false),
                    goal_value = table.Column<decimal>(type: "numeric", nullable: true),
                    scale_min = table.Column<decimal>(type: "numeric", nullable: true),
                    scale_max = table.Column<decimal>(type: "numeric", nullable: true),
                    position = table.Column<int>(type: "integer", nullable: false),
                    rubric_levels = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_targets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "topics",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    focus_area = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    benchmark_kinds = table.Column<int[]>(type: "integer[]", nullable: false),
                    carried_from_topic_id = table.Column<Guid>(type: "uuid", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    retired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_topics", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contributions_district_id",
                table: "contributions",
                column: "district_id");

            migrationBuilder.CreateIndex(
                name: "ix_contributions_submission_id",
                table: "contributions",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_contributions_target_id_value",
                table: "contributions",
                columns: new[] { "target_id", "value" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_id",
                table: "outbox_messages",
                column: "id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_unsent",
                table: "outbox_messages",
                columns: new[] { "next_attempt_at", "sequence" },
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_pipeline_leaders_district_id_active",
                table: "pipeline_leaders",
                columns: new[] { "district_id", "active" });

            migrationBuilder.CreateIndex(
                name: "ix_processed_requests_processed_at",
                table: "processed_requests",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_read_audits_occurred_at",
                table: "read_audits",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_submissions_district_id_cycle_id_topic_id",
                table: "submissions",
                columns: new[] { "district_id", "cycle_id", "topic_id" });

            migrationBuilder.CreateIndex(
                name: "ix_submissions_topic_id_status",
                table: "submissions",
                columns: new[] { "topic_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_target_distributions_cycle_id",
                table: "target_distributions",
                column: "cycle_id");

            migrationBuilder.CreateIndex(
                name: "ix_targets_code",
                table: "targets",
                column: "code");

            migrationBuilder.CreateIndex(
                name: "ix_targets_topic_id",
                table: "targets",
                column: "topic_id");

            migrationBuilder.CreateIndex(
                name: "ix_topics_carried_from_topic_id",
                table: "topics",
                column: "carried_from_topic_id");

            migrationBuilder.CreateIndex(
                name: "ix_topics_cycle_id",
                table: "topics",
                column: "cycle_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "answered_groups");

            migrationBuilder.DropTable(
                name: "contributions");

            migrationBuilder.DropTable(
                name: "cycles");

            migrationBuilder.DropTable(
                name: "district_profiles");

            migrationBuilder.DropTable(
                name: "districts");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "pipeline_leaders");

            migrationBuilder.DropTable(
                name: "pipeline_readiness");

            migrationBuilder.DropTable(
                name: "processed_requests");

            migrationBuilder.DropTable(
                name: "read_audits");

            migrationBuilder.DropTable(
                name: "submissions");

            migrationBuilder.DropTable(
                name: "succession_coverage");

            migrationBuilder.DropTable(
                name: "target_distributions");

            migrationBuilder.DropTable(
                name: "targets");

            migrationBuilder.DropTable(
                name: "topics");
        }
    }
}
