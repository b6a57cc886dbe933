using Triage.Host;
using Triage.Intake;
using Triage.Messaging;
using Triage.ServiceDefaults;
using Triage.Storage;

var builder = WebApplication.CreateBuilder(args);
var roles = HostRoles.From(builder.Configuration);

builder.AddServiceDefaults();
builder.AddStorage();
builder.AddTriageBus();
if (roles.Runs("intake"))
    builder.AddIntake();

var app = builder.Build();

app.UseServiceDefaults();
app.MapOutboxApi();
if (roles.Runs("intake"))
    app.MapComplaintsApi();

app.Run();

public partial class Program;
