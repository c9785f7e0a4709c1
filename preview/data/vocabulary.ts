/** Words the sample data is made of: people, queues, configurations, codes, attribute names. */

export const firstNames = [
  "Avery",
  "Jonas",
  "Mei",
  "Omar",
  "Lena",
  "Diego",
  "Priya",
  "Henrik",
  "Amara",
  "Tomás",
  "Yuki",
  "Fatima",
  "Lukas",
  "Grace",
  "Mateo",
  "Sofia",
  "Kwame",
  "Anja",
  "Ravi",
  "Chloé",
  "Noah",
  "Zeynep",
  "Emil",
  "Isabel",
  "Hiro",
] as const;

export const lastNames = [
  "Fischer",
  "Okafor",
  "Nakamura",
  "Haddad",
  "Schmidt",
  "García",
  "Iyer",
  "Larsen",
  "Mensah",
  "Novak",
  "Dubois",
  "Kowalski",
  "Tanaka",
  "Rossi",
  "Silva",
  "Müller",
  "Andersen",
  "Ivanova",
  "O'Brien",
  "Nguyen",
] as const;

export const queueNames = [
  "Collections",
  "Renewals",
  "Appointment reminders",
  "Service recovery",
  "Premium support",
] as const;

export const configurationNames = [
  "Payment reminder (Copilot)",
  "Renewal outreach (Progressive)",
  "Appointment confirmation (Preview)",
  "Win-back campaign (Predictive)",
  "Service follow-up (Copilot)",
  "Overdue escalation (Progressive)",
] as const;

export const journeyNames = ["Late payment journey", "Renewal journey Q3", "Onboarding journey"] as const;

/** Codes representatives pick; the column stores them quoted and comma-separated. */
export const dispositionCodes = [
  "PromiseToPay",
  "SpokeToAgent",
  "CallbackRequested",
  "WrongNumber",
  "NotInterested",
  "PaidInFull",
  "DisputeRaised",
  "LeftVoicemail",
  "RenewalAccepted",
  "RenewalDeclined",
  "AppointmentConfirmed",
  "AppointmentRescheduled",
  "EscalatedToSupervisor",
  "DoNotCall",
  "LanguageBarrier",
] as const;

export const reasons = [
  "Invoice overdue by 14 days",
  "Contract ends next month",
  "Technician visit tomorrow morning",
  "Customer asked for a call back",
  "Follow-up after support ticket was resolved",
  "Second reminder after an unanswered email",
] as const;

export const summarySentences = [
  "Customer confirmed the account details and agreed to pay the outstanding balance by Friday.",
  "The representative explained the renewal options and sent the offer by email.",
  "Caller asked to move the appointment to the afternoon; a new slot was booked.",
  "The AI agent verified identity with the date of birth and transferred to a representative.",
  "Customer reported that the previous payment had been made twice and asked for a refund.",
  "Voicemail detected; a short message with the callback number was left.",
  "The customer prefers to be contacted in German in future.",
  "Representative noted a possible billing address change for review.",
] as const;

export const callbackWindows = [
  { from: "08:00", to: "12:00" },
  { from: "09:00", to: "17:00" },
  { from: "13:00", to: "18:30" },
] as const;

export const locales = ["en-US", "de-DE", "en-GB", "fr-FR", "nl-NL"] as const;
