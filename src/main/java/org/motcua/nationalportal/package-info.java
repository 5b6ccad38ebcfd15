/**
 * The national public-service portal (Cổng Dịch vụ công quốc gia): every dossier event is pushed there in
 * order per dossier, retried with back-off and reconciled daily; dossiers submitted there are fetched (or
 * called in), mapped to the local procedure and enter the online queue through the dossier module's door.
 * In demo mode a fake portal is built in. See {@code docs/adr/0008-national-portal-sync.md} and
 * {@code docs/integration.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "National portal")
package org.motcua.nationalportal;
