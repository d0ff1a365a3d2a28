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

const signature = ["", "L'équipe du programme Centres-villes vivants – Métropole du Grand Paris"];

const cancelLines = (publicUrl: string, token: string) => [
  "",
  "Si vous ne pouvez plus venir, annulez votre inscription pour libérer votre place :",
  cancelUrl(publicUrl, token),
];

export function confirmationMail(
  publicUrl: string,
  event: RegistrationEvent,
  to: { name: string; email: string },
  token: string,
): MailMessage {
  return {
    to: to.email,
    subject: `Inscription confirmée : ${event.title}`,
    text: [
      `Bonjour ${to.name},`,
      "",
      "Votre inscription est confirmée :",
      "",
      ...details(publicUrl, event),
      ...cancelLines(publicUrl, token),
      ...signature,
    ].join("\n"),
  };
}

export function waitingListMail(
  publicUrl: string,
  event: RegistrationEvent,
  to: { name: string; email: string },
  token: string,
): MailMessage {
  return {
    to: to.email,
    subject: `Liste d'attente : ${event.title}`,
    text: [
      `Bonjour ${to.name},`,
      "",
      "L'événement est complet : vous êtes inscrit(e) sur la liste d'attente. Si une place se libère, elle vous sera attribuée dans l'ordre des inscriptions et vous recevrez un courriel de confirmation.",
      "",
      ...details(publicUrl, event),
      "",
      "Pour quitter la liste d'attente :",
      cancelUrl(publicUrl, token),
      ...signature,
    ].join("\n"),
  };
}

export function promotionMail(
  publicUrl: string,
  event: RegistrationEvent,
  to: { name: string; email: string },
  token: string,
): MailMessage {
  return {
    to: to.email,
    subject: `Une place s'est libérée : ${event.title}`,
    text: [
      `Bonjour ${to.name},`,
      "",
      "Une place s'est libérée : votre inscription est maintenant confirmée.",
      "",
      ...details(publicUrl, event),
      ...cancelLines(publicUrl, token),
      ...signature,
    ].join("\n"),
  };
}

export function reminderMail(
  publicUrl: string,
  event: RegistrationEvent,
  to: { name: string; email: string },
  token: string,
): MailMessage {
  return {
    to: to.email,
    subject: `Rappel : ${event.title}, ${eventMomentLabel(event.startsAt)}`,
    text: [
      `Bonjour ${to.name},`,
      "",
      "Nous vous rappelons votre inscription à l'événement suivant :",
      "",
      ...details(publicUrl, event),
      ...cancelLines(publicUrl, token),
      "(Ce lien remplace celui des courriels précédents.)",
      ...signature,
    ].join("\n"),
  };
}

export function eventCancelledMail(
  publicUrl: string,
  event: RegistrationEvent,
  to: { name: string; email: string },
): MailMessage {
  return {
    to: to.email,
    subject: `Événement annulé : ${event.title}`,
    text: [
      `Bonjour ${to.name},`,
      "",
      `Nous sommes au regret de vous informer que l'événement « ${event.title} » prévu le ${eventMomentLabel(event.startsAt)} est annulé. Votre inscription n'a plus d'objet ; vous n'avez rien à faire.`,
      "",
      `Le calendrier des événements : ${publicUrl}/evenements`,
      ...signature,
    ].join("\n"),
  };
}

export function surveyMail(
  publicUrl: string,
  event: RegistrationEvent,
  to: { name: string; email: string },
  token: string,
): MailMessage {
  return {
    to: to.email,
    subject: `Votre avis sur « ${event.title} »`,
    text: [
      `Bonjour ${to.name},`,
      "",
      `Merci d'avoir participé à « ${event.title} ». Donnez-nous votre avis en une minute (une note de 1 à 5 et un commentaire facultatif) :`,
      surveyUrl(publicUrl, token),
      ...signature,
    ].join("\n"),
  };
}
