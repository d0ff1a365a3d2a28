import type { RegistrationEvent } from "@cvv/db";
import { eventMomentLabel } from "@cvv/domain/events";
import type { MailMessage } from "../mail/mailer.js";

/** The address of the event's own iCalendar file, which a calendar application imports. */
const icsUrl = (publicUrl: string, event: RegistrationEvent) => `${publicUrl}/evenements/${event.slug}.ics`;
export const cancelUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/evenements/inscription/annuler?jeton=${encodeURIComponent(token)}`;
export const surveyUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/evenements/enquete?jeton=${encodeURIComponent(token)}`;

function where(event: RegistrationEvent): string {
  return [event.place, event.address, event.communeName].filter((part) => part && part.trim() !== "").join(", ");
}

function details(publicUrl: string, event: RegistrationEvent): string[] {
  return [
    `« ${event.title} »`,
    `Date : ${eventMomentLabel(event.startsAt)} (jusqu'au ${eventMomentLabel(event.endsAt)})`,
    ...(where(event) ? [`Lieu : ${where(event)}`] : []),
    `Page de l'événement : ${publicUrl}/evenements/${event.slug}`,
    `Ajouter à votre agenda (iCalendar) : ${icsUrl(publicUrl, event)}`,
  ];
}

type Recipient = { name: string; email: string };

const cancelLines = (publicUrl: string, token: string) => [
  "",
  "Si vous ne pouvez plus venir, annulez votre inscription pour libérer votre place :",
  cancelUrl(publicUrl, token),
];

/** Every registrant's e-mail: the greeting, the body, and the programme's signature. */
function letter(to: Recipient, subject: string, body: string[]): MailMessage {
  return {
    to: to.email,
    subject,
    text: [
      `Bonjour ${to.name},`,
      "",
      ...body,
      "",
      "L'équipe du programme Centres-villes vivants – Métropole du Grand Paris",
    ].join("\n"),
  };
}

export function confirmationMail(publicUrl: string, event: RegistrationEvent, to: Recipient, token: string) {
  return letter(to, `Inscription confirmée : ${event.title}`, [
    "Votre inscription est confirmée :",
    "",
    ...details(publicUrl, event),
    ...cancelLines(publicUrl, token),
  ]);
}

export function waitingListMail(publicUrl: string, event: RegistrationEvent, to: Recipient, token: string) {
  return letter(to, `Liste d'attente : ${event.title}`, [
    "L'événement est complet : vous êtes inscrit(e) sur la liste d'attente. Si une place se libère, elle vous sera attribuée dans l'ordre des inscriptions et vous recevrez un courriel de confirmation.",
    "",
    ...details(publicUrl, event),
    "",
    "Pour quitter la liste d'attente :",
    cancelUrl(publicUrl, token),
  ]);
}

export function promotionMail(publicUrl: string, event: RegistrationEvent, to: Recipient, token: string) {
  return letter(to, `Une place s'est libérée : ${event.title}`, [
    "Une place s'est libérée : votre inscription est maintenant confirmée.",
    "",
    ...details(publicUrl, event),
    ...cancelLines(publicUrl, token),
  ]);
}

export function reminderMail(publicUrl: string, event: RegistrationEvent, to: Recipient, token: string) {
  return letter(to, `Rappel : ${event.title}, ${eventMomentLabel(event.startsAt)}`, [
    "Nous vous rappelons votre inscription à l'événement suivant :",
    "",
    ...details(publicUrl, event),
    ...cancelLines(publicUrl, token),
  ]);
}

export function eventCancelledMail(publicUrl: string, event: RegistrationEvent, to: Recipient) {
  return letter(to, `Événement annulé : ${event.title}`, [
    `Nous sommes au regret de vous informer que l'événement « ${event.title} » prévu le ${eventMomentLabel(event.startsAt)} est annulé. Votre inscription n'a plus d'objet ; vous n'avez rien à faire.`,
    "",
    `Le calendrier des événements : ${publicUrl}/evenements`,
  ]);
}

export function surveyMail(publicUrl: string, event: RegistrationEvent, to: Recipient, token: string) {
  return letter(to, `Votre avis sur « ${event.title} »`, [
    `Merci d'avoir participé à « ${event.title} ». Donnez-nous votre avis en une minute (une note de 1 à 5 et un commentaire facultatif) :`,
    surveyUrl(publicUrl, token),
  ]);
}
