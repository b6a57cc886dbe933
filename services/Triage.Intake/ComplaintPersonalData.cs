namespace Triage.Intake;

// Everything in a complaint that could identify a person; stored only sealed with AES-GCM.
public sealed record ComplaintPersonalData(
    ComplainantSubmission Complainant,
    RepresentativeSubmission? Representative,
    string Text,
    OriginSubmission? Origin);
