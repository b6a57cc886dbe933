using Triage.Host;
using Triage.Intake;
using Triage.Messaging;
using Triage.Review;
using Triage.Scoring;
using Triage.ServiceDefaults;
using Triage.Storage;

var builder = WebApplication.CreateBuilder(args);
var roles = HostRoles.From(builder.Configuration);

builder.AddServiceDefaults();
builder.AddStorage();
builder.AddTriageBus(bus =>
{
    if (roles.Runs("scoring"))
        bus.AddScoringConsumers();
});
if (roles.Runs("intake"))
    builder.AddIntake();
if (roles.Runs("scoring"))
    builder.AddScoring();

var app = builder.Build();

app.UseServiceDefaults();
app.MapOutboxApi();
if (roles.Runs("intake"))
    app.MapComplaintsApi();
if (roles.Runs("scoring"))
    app.MapModelApi();
if (roles.Runs("review"))
{
    app.MapReviewPage();
}

app.Run();

public partial class Program;
