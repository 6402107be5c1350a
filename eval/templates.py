"""Prompt templates for eval.gen_prompts. `{{slot}}` marks a planted value (see ValueFactory).

Slots: name, first, email, phone, card, iban, ssn, ip, street, address, city, dl, and any EU id
entity name (DE_TAX_ID, FR_NIR, ES_NIF, IT_FISCAL_CODE, NL_BSN, PL_PESEL, BE_NATIONAL_NUMBER,
EU_VAT, UK_NINO, UK_NHS).
"""

from __future__ import annotations

CHAT_EN = [
    "Can you draft a polite reminder to {{name}} ({{email}}) that the invoice is overdue?",
    "Summarise this ticket: customer {{name}} called from {{phone}} about a double charge on card {{card}}.",
    "My SSN is {{ssn}} and my driver's license is {{dl}}. Which form do I fill in for the address change?",
    "Please rewrite more formally: hi, it's {{first}}, send the parcel to {{address}} asap, thx",
    "Translate to German: Dear {{name}}, your refund will be paid to IBAN {{iban}} within 5 days.",
    "Our VPN logs show logins for {{email}} from {{ip}} at 3am. Is that suspicious?",
    "Write a short bio for our website. Name: {{name}}. Phone: {{phone}}. Office: {{street}}.",
    "Hey, could you check why {{name}} can't log in? Her account email is {{email}}.",
    "Format this as a table: {{name}}, {{phone}}, {{email}}; {{name}}, {{phone}}, {{email}}",
    "Help me reply to {{name}} who wrote from {{email}} asking about the UK NI number {{UK_NINO}} on file.",
    "Patient {{name}}, NHS number {{UK_NHS}}, lives at {{address}}. Draft a referral letter.",
    "Is this card number valid? {{card}} (test data from {{name}})",
]

CHAT_DE = [
    "Bitte formuliere eine freundliche Mahnung an {{name}} ({{email}}), Rechnung ist überfällig.",
    "Kunde {{name}} aus {{address}} hat angerufen ({{phone}}), bitte Rückruf vorbereiten.",
    "Die Erstattung geht an IBAN {{iban}}, Kontoinhaber {{name}}. Schreib eine Bestätigung.",
    "Meine Steuer-ID ist {{DE_TAX_ID}}, wohnhaft {{street}} in {{city}}. Welche Frist gilt?",
    "Fasse zusammen: Frau {{name}} meldet, dass ihre Kreditkarte {{card}} gesperrt wurde.",
    "Schreib eine E-Mail an {{email}}: Das Paket für {{name}} liegt in der Filiale bereit.",
]

CHAT_FR = [
    "Peux-tu rédiger un courriel à {{name}} ({{email}}) pour confirmer le rendez-vous ?",
    "Le client {{name}}, domicilié {{address}}, signale un prélèvement sur l'IBAN {{iban}}.",
    "Mon numéro de sécurité sociale est {{FR_NIR}}, pouvez-vous vérifier mon dossier ?",
    "Résume : {{name}} a appelé depuis le {{phone}} au sujet de sa carte {{card}}.",
    "Envoie la facture à {{name}}, {{street}}, {{city}}, et en copie à {{email}}.",
]

CHAT_ES = [
    "¿Puedes escribir un correo a {{name}} ({{email}}) confirmando la cita del martes?",
    "El cliente {{name}} con NIF {{ES_NIF}} vive en {{address}}. Prepara el contrato.",
    "Resume: {{name}} llamó desde el {{phone}} porque le cobraron dos veces en la tarjeta {{card}}.",
    "La devolución se hará a la cuenta {{iban}} a nombre de {{name}}.",
    "Manda el paquete a {{street}}, {{city}}; contacto {{phone}}.",
]

CHAT_IT = [
    "Puoi scrivere una mail a {{name}} ({{email}}) per confermare l'appuntamento?",
    "Il cliente {{name}}, codice fiscale {{IT_FISCAL_CODE}}, abita in {{address}}.",
    "Riassumi: {{name}} ha chiamato dal {{phone}} per un addebito sulla carta {{card}}.",
    "Il rimborso sarà accreditato sull'IBAN {{iban}} intestato a {{name}}.",
    "Spedisci il pacco a {{street}}, {{city}}; referente {{name}}.",
]

# Other EU ids appear in mixed-language chat, as they do in real support traffic.
CHAT_MIXED = [
    "Dutch colleague {{name}} gave BSN {{NL_BSN}} for the payroll form, is that enough?",
    "Polish contractor {{name}}, PESEL {{PL_PESEL}}, needs an invoice template.",
    "Belgian employee {{name}} (national number {{BE_NATIONAL_NUMBER}}) moved to {{address}}.",
    "Supplier VAT number {{EU_VAT}}, contact {{name}} <{{email}}>. Draft a PO.",
    "Please check the French NIR {{FR_NIR}} and the German tax id {{DE_TAX_ID}} on this form.",
]

TEMPLATES_BY_LANGUAGE: dict[str, list[str]] = {
    "en": CHAT_EN + CHAT_MIXED,
    "de": CHAT_DE,
    "fr": CHAT_FR,
    "es": CHAT_ES,
    "it": CHAT_IT,
}

CODE_TEMPLATES = [
    '{"level":"info","msg":"login ok","user":"{{email}}","src_ip":"{{ip}}","ts":"2024-05-01T10:22:31Z"}',
    "2024-05-01 10:22:31,114 ERROR payment.gateway - charge failed card={{card}} customer_email={{email}}",
    'users = [\n    {"name": "{{name}}", "email": "{{email}}", "phone": "{{phone}}"},\n    {"name": "{{name}}", "email": "{{email}}"},\n]',
    "INSERT INTO customers (full_name, iban, city) VALUES ('{{name}}', '{{iban}}', '{{city}}');",
    "Why does this fail?\n\n```python\nsend_invoice(to='{{email}}', iban='{{iban}}')\n```\nTraceback (most recent call last):\n  File \"billing.py\", line 42, in send_invoice\nValueError: bad IBAN",
    "id,name,email,phone\n1842,{{name}},{{email}},{{phone}}\n1843,{{name}},{{email}},{{phone}}",
    "curl -X POST https://api.internal.example/v2/users -d '{\"ssn\": \"{{ssn}}\", \"name\": \"{{name}}\"}'",
    "Nov 12 03:14:07 web-01 sshd[2231]: Failed password for admin from {{ip}} port 52144 ssh2",
    "kubectl logs deploy/checkout | grep {{email}}  # customer {{name}} says the order never arrived",
    "# TODO(ops): remove hard-coded contact before release\nCONTACT = {\"owner\": \"{{name}}\", \"tel\": \"{{phone}}\", \"addr\": \"{{address}}\"}",
    "<customer><name>{{name}}</name><street>{{street}}</street><city>{{city}}</city><vat>{{EU_VAT}}</vat></customer>",
    "assert validate_license('{{dl}}')  # driver license of test user {{name}}",
]
