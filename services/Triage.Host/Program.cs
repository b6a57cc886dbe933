using Triage.Host;
using Triage.Intake;
using Triage.Messaging;
using Triage.Rescoring;
using Triage.Review;
using Triage.Routing;
using Triage.Routing.Reconciliation;
using Triage.Scoring;
using Triage.ServiceDefaults;
using Triage.Storage;

InterruptSignal.Restore();
var builder = WebApplication.CreateBuilder(args);
var roles = HostRoles.From(builder.Configuration);

builder.AddServiceDefaults();
builder.AddStorage();
builder.AddTriageBus(bus =>
{
    if (roles.Runs("scoring"))
        bus.AddScoringConsumers(builder.Configuration);
    if (roles.Runs("routing"))
        bus.AddRoutingConsumers(builder.Configuration);
    if (roles.Runs("rescoring"))
        bus.AddRescoringConsumers();
});
if (roles.Runs("intake"))
    builder.AddIntake();
else if (roles.Runs("review"))
    builder.AddComplaintReads();
if (roles.Runs("scoring") || roles.Runs("rescoring"))
    builder.AddScoring();
if (roles.Runs("routing") || roles.Runs("review") || roles.Runs("rescoring"))
    builder.AddRouting();
if (roles.Runs("routing"))
    builder.AddReconciler();
if (roles.Runs("review"))
    builder.AddReview();
if (roles.Runs("rescoring"))
    builder.AddRescoring();

var app = builder.Build();

app.UseServiceDefaults();
app.MapOutboxApi();
app.MapAuditApi();
if (roles.Runs("intake"))
    app.MapComplaintsApi();
else if (roles.Runs("review"))
    app.MapComplaintReadsApi(); // the review page opens complaints
if (roles.Runs("scoring"))
    app.MapModelApi();
if (roles.Runs("scoring") || roles.Runs("rescoring"))
    app.MapModelsApi();
if (roles.Runs("rescoring"))
    app.MapRescoringApi();
if (roles.Runs("routing") || roles.Runs("review"))
    app.MapFaultsApi();
if (roles.Runs("review"))
{
    app.MapClustersApi();
    app.MapComplaintVerdictsApi();
    app.MapReviewPage();
}

app.Run();

public partial class Program;
